import { toKstDate } from '../src/common/time/kst';
import { JsonBody } from '../src/sandbox/testing/sandbox-test-client';
import { gatewayForSuite } from './support/gateway-caller';

const ID = '2024050112345678';
const ids = (count: number) =>
  Array.from({ length: count }, (_, index) => String(2024050110000000 + index));
const longText = (length: number) => '가'.repeat(length);

const parcel = (productOrderId: string): JsonBody => ({
  productOrderId,
  deliveryMethod: 'DELIVERY',
  deliveryCompanyCode: 'CJGLS',
  trackingNumber: '640012345678',
  dispatchDate: '2024-05-02T14:30:00+09:00',
});

const DELAY = {
  dispatchDueDate: '2024-05-08T18:00:00+09:00',
  delayedDispatchReason: 'PRODUCT_PREPARE',
  dispatchDelayedDetailedReason: '제작 지연',
};
const RETURN = { returnReason: 'BROKEN', collectDeliveryMethod: 'RETURN_DESIGNATED' };
const HOLDBACK_RETURN = {
  holdbackClassType: 'RETURN_DELIVERYFEE',
  holdbackReturnDetailReason: '배송비 입금 대기',
};
const REDELIVERY = {
  reDeliveryMethod: 'DELIVERY',
  reDeliveryCompany: 'HANJIN',
  reDeliveryTrackingNumber: '660012345678',
};
const WINDOW = 'fromDateTime=2024-05-01T00:00:00Z&toDateTime=2024-05-01T12:00:00Z';
const PAGING = 'pageNumber=1&pageSize=100';
const CASE = `${PAGING}&searchDate=2024-05-01&periodType=SETTLE_CASEBYCASE_SETTLE_BASIS_DATE`;

interface Case {
  title: string;
  method: 'get' | 'post' | 'put';
  path: string | (() => string);
  body?: JsonBody;
  /** The name invalidParams must list. */
  field: string;
}

/** One or two cases per DTO; the DTO specs in src prove each rule in detail. */
const cases: Case[] = [
  {
    title: 'confirm: 31 ids',
    method: 'post',
    path: '/v1/product-orders/confirm',
    body: { productOrderIds: ids(31) },
    field: 'productOrderIds',
  },
  {
    title: 'confirm: a repeated id',
    method: 'post',
    path: '/v1/product-orders/confirm',
    body: { productOrderIds: [ID, ID] },
    field: 'productOrderIds',
  },
  {
    title: 'delay: an unknown reason',
    method: 'post',
    path: `/v1/product-orders/${ID}/delay`,
    body: { ...DELAY, delayedDispatchReason: 'LAZY' },
    field: 'delayedDispatchReason',
  },
  {
    title: 'delay: a reason of 501 characters',
    method: 'post',
    path: `/v1/product-orders/${ID}/delay`,
    body: { ...DELAY, dispatchDelayedDetailedReason: longText(501) },
    field: 'dispatchDelayedDetailedReason',
  },
  {
    title: 'delay: a product order id that is not one',
    method: 'post',
    path: '/v1/product-orders/12-ab/delay',
    body: DELAY,
    field: 'productOrderId',
  },
  {
    title: 'dispatch: a parcel without tracking number, at entry 3',
    method: 'post',
    path: '/v1/product-orders/dispatch',
    body: {
      dispatchProductOrders: [
        ...ids(3).map(parcel),
        { ...parcel('2024050119999999'), trackingNumber: undefined },
      ],
    },
    field: 'dispatchProductOrders.3.trackingNumber',
  },
  {
    title: 'dispatch: a collecting method at entry 1',
    method: 'post',
    path: '/v1/product-orders/dispatch',
    body: {
      dispatchProductOrders: [
        parcel(ID),
        { ...parcel(ids(1)[0]), deliveryMethod: 'RETURN_DESIGNATED' },
      ],
    },
    field: 'dispatchProductOrders.1.deliveryMethod',
  },
  {
    title: 'dispatch: an unknown field inside entry 0',
    method: 'post',
    path: '/v1/product-orders/dispatch',
    body: { dispatchProductOrders: [{ ...parcel(ID), memo: '문 앞' }] },
    field: 'dispatchProductOrders.0.memo',
  },
  {
    title: 'dispatch: the same product order twice',
    method: 'post',
    path: '/v1/product-orders/dispatch',
    body: { dispatchProductOrders: [parcel(ID), parcel(ID)] },
    field: 'dispatchProductOrders',
  },
  {
    title: 'dispatch: 31 entries',
    method: 'post',
    path: '/v1/product-orders/dispatch',
    body: { dispatchProductOrders: ids(31).map(parcel) },
    field: 'dispatchProductOrders',
  },
  {
    title: 'seller cancel: no reason',
    method: 'post',
    path: `/v1/product-orders/${ID}/claim/cancel/request`,
    body: { cancelDetailedReason: '품절' },
    field: 'cancelReason',
  },
  {
    title: 'seller cancel: a quantity sent as a string',
    method: 'post',
    path: `/v1/product-orders/${ID}/claim/cancel/request`,
    body: { cancelReason: 'SOLD_OUT', cancelQuantity: '1' },
    field: 'cancelQuantity',
  },
  {
    title: 'seller cancel: an unknown field',
    method: 'post',
    path: `/v1/product-orders/${ID}/claim/cancel/request`,
    body: { cancelReason: 'SOLD_OUT', refundAmount: 1000 },
    field: 'refundAmount',
  },
  {
    title: 'cancel approval: a product order id that is not one',
    method: 'post',
    path: '/v1/product-orders/2024-05-01/claim/cancel/approve',
    field: 'productOrderId',
  },
  {
    title: 'return request: an unknown collect method',
    method: 'post',
    path: `/v1/product-orders/${ID}/claim/return/request`,
    body: { ...RETURN, collectDeliveryMethod: 'TELEPORT' },
    field: 'collectDeliveryMethod',
  },
  {
    title: 'return request: a zero quantity',
    method: 'post',
    path: `/v1/product-orders/${ID}/claim/return/request`,
    body: { ...RETURN, returnQuantity: 0 },
    field: 'returnQuantity',
  },
  {
    title: 'return rejection: a blank reason',
    method: 'post',
    path: `/v1/product-orders/${ID}/claim/return/reject`,
    body: { rejectReturnReason: '   ' },
    field: 'rejectReturnReason',
  },
  {
    title: 'return holdback: a fee with a fraction',
    method: 'post',
    path: `/v1/product-orders/${ID}/claim/return/holdback`,
    body: { ...HOLDBACK_RETURN, extraReturnFeeAmount: 2999.5 },
    field: 'extraReturnFeeAmount',
  },
  {
    title: 'return holdback: no detailed reason',
    method: 'post',
    path: `/v1/product-orders/${ID}/claim/return/holdback`,
    body: { holdbackClassType: 'RETURN_DELIVERYFEE' },
    field: 'holdbackReturnDetailReason',
  },
  {
    title: 'exchange re-delivery: a parcel without courier',
    method: 'post',
    path: `/v1/product-orders/${ID}/claim/exchange/dispatch`,
    body: { ...REDELIVERY, reDeliveryCompany: undefined },
    field: 'reDeliveryCompany',
  },
  {
    title: 'exchange re-delivery: an unknown courier',
    method: 'post',
    path: `/v1/product-orders/${ID}/claim/exchange/dispatch`,
    body: { ...REDELIVERY, reDeliveryCompany: 'ACME' },
    field: 'reDeliveryCompany',
  },
  {
    title: 'exchange rejection: a reason of 501 characters',
    method: 'post',
    path: `/v1/product-orders/${ID}/claim/exchange/reject`,
    body: { rejectExchangeReason: longText(501) },
    field: 'rejectExchangeReason',
  },
  {
    title: 'exchange holdback: an unknown hold type',
    method: 'post',
    path: `/v1/product-orders/${ID}/claim/exchange/holdback`,
    body: { holdbackClassType: 'BECAUSE', holdbackExchangeDetailReason: '대기' },
    field: 'holdbackClassType',
  },
  {
    title: 'reviews: a window over 24 hours',
    method: 'get',
    path: '/v1/reviews?fromDateTime=2024-05-01T00:00:00Z&toDateTime=2024-05-02T00:00:01Z&reviewType=GENERAL',
    field: 'toDateTime',
  },
  {
    title: 'reviews: no review type',
    method: 'get',
    path: `/v1/reviews?${WINDOW}`,
    field: 'reviewType',
  },
  {
    title: 'reviews: pageSize 301',
    method: 'get',
    path: `/v1/reviews?${WINDOW}&reviewType=PREMIUM&pageSize=301`,
    field: 'pageSize',
  },
  {
    title: 'inquiries: a span over 365 days',
    method: 'get',
    path: '/v1/inquiries?startSearchDate=2024-01-01&endSearchDate=2025-01-01',
    field: 'endSearchDate',
  },
  {
    title: 'inquiries: size 5',
    method: 'get',
    path: '/v1/inquiries?startSearchDate=2024-01-01&endSearchDate=2024-01-31&size=5',
    field: 'size',
  },
  {
    title: 'inquiries: answered that is not a boolean',
    method: 'get',
    path: '/v1/inquiries?startSearchDate=2024-01-01&endSearchDate=2024-01-31&answered=yes',
    field: 'answered',
  },
  {
    title: 'answer: a blank comment',
    method: 'post',
    path: '/v1/inquiries/123456789/answer',
    body: { answerComment: '\n\t ' },
    field: 'answerComment',
  },
  {
    title: 'answer: a comment of 2,001 characters',
    method: 'post',
    path: '/v1/inquiries/123456789/answer',
    body: { answerComment: longText(2001) },
    field: 'answerComment',
  },
  {
    title: 'answer: a template id that is a number',
    method: 'post',
    path: '/v1/inquiries/123456789/answer',
    body: { answerComment: '답변', answerTemplateId: 12345 },
    field: 'answerTemplateId',
  },
  {
    title: 'answer: an inquiry number that is not one',
    method: 'post',
    path: '/v1/inquiries/abc/answer',
    body: { answerComment: '답변' },
    field: 'inquiryNo',
  },
  {
    title: 'answer change: answer id 0',
    method: 'put',
    path: '/v1/inquiries/123456789/answer/0',
    body: { answerComment: '답변' },
    field: 'answerContentId',
  },
  {
    title: 'answer change: no comment',
    method: 'put',
    path: '/v1/inquiries/123456789/answer/987654321',
    body: {},
    field: 'answerComment',
  },
  {
    title: 'settle/case: no page number',
    method: 'get',
    path: '/v1/settle/case?pageSize=100&searchDate=2024-05-01&periodType=SETTLE_CASEBYCASE_PAY_DATE',
    field: 'pageNumber',
  },
  {
    title: 'settle/case: a decision type on a settlement-date search',
    method: 'get',
    path: `/v1/settle/case?${CASE}&settleDecisionType=SETTLED`,
    field: 'settleDecisionType',
  },
  {
    title: 'settle/daily: an end before the start',
    method: 'get',
    path: `/v1/settle/daily?${PAGING}&startDate=2024-05-10&endDate=2024-05-01`,
    field: 'endDate',
  },
  {
    title: 'commission-details: an unknown period type',
    method: 'get',
    path: `/v1/settle/commission-details?${PAGING}&searchDate=2024-05-01&periodType=WHENEVER`,
    field: 'periodType',
  },
  {
    title: 'vat/case: a month not closed yet',
    method: 'get',
    path: () => {
      const today = toKstDate(Date.now());

      return `/v1/vat/case?${PAGING}&startDate=${today.slice(0, 8)}01&endDate=${today}`;
    },
    field: 'endDate',
  },
  {
    title: 'seller cancel: cancelQuantity sent as null',
    method: 'post',
    path: `/v1/product-orders/${ID}/claim/cancel/request`,
    body: { cancelReason: 'SOLD_OUT', cancelQuantity: null },
    field: 'cancelQuantity',
  },
  {
    title: 'details: quantityClaimCompatibility sent as null',
    method: 'post',
    path: '/v1/product-orders/query',
    body: { productOrderIds: [ID], quantityClaimCompatibility: null },
    field: 'quantityClaimCompatibility',
  },
  {
    title: 'approve return: a body on a write that takes none',
    method: 'post',
    path: `/v1/product-orders/${ID}/claim/return/approve`,
    body: { returnReason: 'BROKEN' },
    field: 'returnReason',
  },
  {
    title: 'release exchange holdback: a body on a write that takes none',
    method: 'post',
    path: `/v1/product-orders/${ID}/claim/exchange/holdback/release`,
    body: { holdbackClassType: 'ETC' },
    field: 'holdbackClassType',
  },
  {
    title: 'vat/daily: pageSize 1001',
    method: 'get',
    path: '/v1/vat/daily?pageNumber=1&pageSize=1001&startDate=2024-04-01&endDate=2024-04-30',
    field: 'pageSize',
  },
];

describe('bad input to the writes and queries', () => {
  const api = gatewayForSuite();

  it.each(cases)('refuses $title: 400 naming $field, nothing sent upstream', async (input) => {
    const path = typeof input.path === 'string' ? input.path : input.path();
    const answer =
      input.method === 'get'
        ? await api.get(path)
        : await api[input.method](path, input.body ?? {});

    expect(answer.status).toBe(400);
    expect(answer.headers['content-type']).toContain('application/problem+json');
    expect(answer.body).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
    expect(answer.body.invalidParams.map((param: JsonBody) => param.name)).toContain(input.field);
    expect(api.gateway.sandbox.journal.entries).toEqual([]);
  });
});
