import { ProductOrderDetail } from './product-order-detail.model';

/** 조건형 조회 항목: one product order found by the conditional query. */
export class ProductOrderSearchItem {
  /**
   * 상품 주문 번호: product order id.
   * @example '2024050112345678'
   */
  productOrderId?: string;

  /** 상품 주문 상세: the product order detail, as the detail query returns it. */
  content?: ProductOrderDetail;
}

/** 페이지 정보: paging state of the conditional query. */
export class ProductOrderSearchPagination {
  /**
   * 페이지 번호: this page's number, from 1.
   * @example 1
   */
  page?: number;

  /**
   * 페이지 크기: page size requested (1 to 300).
   * @example 300
   */
  size?: number;

  /** 다음 페이지 여부: whether another page follows. */
  hasNext?: boolean;
}

/** 조건형 상품 주문 상세 내역: one page of the conditional product order query. */
export class ProductOrderSearchPage {
  /** 조회 결과: the product orders of this page. */
  contents?: ProductOrderSearchItem[];

  /** 페이지 정보: paging state. */
  pagination?: ProductOrderSearchPagination;
}
