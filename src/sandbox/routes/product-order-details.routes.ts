import { rawJsonArray } from '../http/raw-json';
import { INPUT_PROBLEMS } from '../http/request-input';
import { SandboxOperation } from '../http/sandbox-operation';
import { InvalidInput, orderErrors } from '../sandbox-errors';

/** Most ids one #2 call takes (reference 4.2). */
export const MAX_QUERY_IDS = 300;

/**
 * 상품 주문 상세 내역 조회 (#2, reference 4.2). Unknown ids are left out of `data` rather than
 * failing the call, and repeated ids are answered once, in the order first asked [U: the
 * upstream's behaviour for both is undocumented]. `quantityClaimCompatibility` is checked for
 * type and otherwise ignored, since its exact effect is unknown [U].
 */
export const queryProductOrdersOperation: SandboxOperation = {
  name: 'queryProductOrders',
  method: 'POST',
  path: '/v1/pay-order/mall/product-orders/query',
  authentication: 'bearer',
  errorShape: 'api',
  envelope: 'data',
  handle(request, { store }) {
    const productOrderIds = readQueryBody(request.mediaType, request.body);

    const details = [...new Set(productOrderIds)]
      .map((productOrderId) => store.findRecord(productOrderId))
      .filter((record) => record !== undefined)
      .map((record) => store.detailJson(record));

    return rawJsonArray(details);
  },
};

function readQueryBody(mediaType: string | undefined, body: unknown): string[] {
  if (mediaType !== 'application/json' || typeof body !== 'object' || body === null) {
    throw orderErrors.invalidRequest([
      { name: 'body', type: 'typeMismatch', message: 'JSON 객체 본문이어야 합니다.' },
    ]);
  }

  const { productOrderIds, quantityClaimCompatibility } = body as Record<string, unknown>;
  const problems: InvalidInput[] = [];

  if (productOrderIds === undefined || productOrderIds === null) {
    problems.push({ name: 'productOrderIds', ...INPUT_PROBLEMS.missing });
  } else if (
    !Array.isArray(productOrderIds) ||
    productOrderIds.some((id) => typeof id !== 'string')
  ) {
    problems.push({ name: 'productOrderIds', ...INPUT_PROBLEMS.mismatch });
  } else if (productOrderIds.length === 0 || productOrderIds.length > MAX_QUERY_IDS) {
    problems.push({
      name: 'productOrderIds',
      type: 'Size',
      message: `1개 이상 ${MAX_QUERY_IDS}개 이하여야 합니다.`,
    });
  }

  if (quantityClaimCompatibility !== undefined && typeof quantityClaimCompatibility !== 'boolean') {
    problems.push({ name: 'quantityClaimCompatibility', ...INPUT_PROBLEMS.mismatch });
  }

  if (problems.length > 0) {
    throw orderErrors.invalidRequest(problems);
  }

  return productOrderIds as string[];
}

/** 상품 주문 목록 조회 (#3, reference 4.3): the product order ids of one order. */
export const productOrderIdsOperation: SandboxOperation = {
  name: 'getProductOrderIds',
  method: 'GET',
  path: '/v1/pay-order/mall/orders/:orderId/product-order-ids',
  authentication: 'bearer',
  errorShape: 'api',
  envelope: 'data',
  handle(request, { store }) {
    const productOrderIds = store.productOrderIdsOf(request.params.orderId);

    if (productOrderIds === undefined) {
      throw orderErrors.orderNotFound();
    }

    return [...productOrderIds].sort();
  },
};
