/** One product order the upstream refused in a batch or claim call. */
export interface UpstreamFailedProductOrder {
  productOrderId: string;
  /** The order API's error code, e.g. `104442`. */
  code: string;
  message: string;
}

/**
 * 주문-클레임 처리 반환 구조체: the upstream's answer to every write but 발주 확인, sent with HTTP
 * 200 whether the product orders succeeded or not.
 */
export interface UpstreamProcessingResult {
  successProductOrderIds?: string[];
  failProductOrderInfos?: UpstreamFailedProductOrder[];
}

/** 발주 확인's answer: like the others, but each success says whether the address changed. */
export interface UpstreamConfirmResult {
  successProductOrderInfos?: { productOrderId: string; isReceiverAddressChanged?: boolean }[];
  failProductOrderInfos?: UpstreamFailedProductOrder[];
}
