import { defineOperation, ORDER_API } from '../npay/npay-operation';
import { LastChangedStatusesPage } from '../npay/models/last-changed-statuses.model';
import { ProductOrderDetail } from '../npay/models/product-order-detail.model';
import { ProductOrderSearchPage } from '../npay/models/product-order-search.model';
import { LastChangedStatusesQuery } from './dto/last-changed-statuses-query.dto';
import { ProductOrderQueryRequest } from './dto/product-order-query.dto';
import { ProductOrderSearchQuery } from './dto/product-order-search-query.dto';

/** The order queries of the upstream (reference 4.1–4.4). */
export const OrderOperations = {
  getLastChangedStatuses: defineOperation<
    { query: LastChangedStatusesQuery },
    LastChangedStatusesPage
  >()({
    name: 'getLastChangedStatuses',
    title: '변경 상품 주문 내역 조회',
    method: 'GET',
    path: `${ORDER_API}/product-orders/last-changed-statuses`,
    envelope: 'data',
    idempotent: true,
  }),
  queryProductOrders: defineOperation<{ body: ProductOrderQueryRequest }, ProductOrderDetail[]>()({
    name: 'queryProductOrders',
    title: '상품 주문 상세 내역 조회',
    // A read sent as POST only because 300 ids don't fit a URL: repeating it is harmless.
    method: 'POST',
    path: `${ORDER_API}/product-orders/query`,
    envelope: 'data',
    idempotent: true,
  }),
  getProductOrderIds: defineOperation<{ pathParams: { orderId: string } }, string[]>()({
    name: 'getProductOrderIds',
    title: '상품 주문 목록 조회',
    method: 'GET',
    path: `${ORDER_API}/orders/{orderId}/product-order-ids`,
    envelope: 'data',
    idempotent: true,
  }),
  getProductOrdersWithConditions: defineOperation<
    { query: ProductOrderSearchQuery },
    ProductOrderSearchPage
  >()({
    name: 'getProductOrdersWithConditions',
    title: '조건형 상품 주문 상세 내역 조회',
    method: 'GET',
    path: `${ORDER_API}/product-orders`,
    envelope: 'data',
    idempotent: true,
  }),
} as const;
