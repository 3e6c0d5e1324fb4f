import { SandboxScenarioName } from '../src/sandbox/generator/sandbox-scenarios';
import { SandboxOperationName } from '../src/sandbox/http/sandbox-operation';
import { JsonBody } from '../src/sandbox/testing/sandbox-test-client';
import {
  allSucceeded,
  gatewayForSuite,
  ReadBack,
  refusal,
  UPSTREAM_PRODUCT_ORDERS,
} from './support/gateway-caller';

const UNKNOWN_ID = '1999010100000001';

interface WriteCase {
  operation: SandboxOperationName;
  /** The path below `/v1/product-orders/{productOrderId}/`, the same upstream. */
  action: string;
  scenario: SandboxScenarioName;
  body?: JsonBody;
  after: ReadBack;
  /** What the detail's current claim then shows. */
  claim: (detail: JsonBody) => unknown;
  expectedClaim: JsonBody;
}

const HOLDBACK_RETURN = {
  holdbackClassType: 'RETURN_DELIVERYFEE',
  holdbackReturnDetailReason: '반품 배송비 3,000원 입금 확인 후 환불됩니다.',
  extraReturnFeeAmount: 3000,
};

const HOLDBACK_EXCHANGE = {
  holdbackClassType: 'EXCHANGE_DELIVERYFEE',
  holdbackExchangeDetailReason: '교환 배송비 6,000원 입금 대기',
  extraExchangeFeeAmount: 6000,
};

/** Every claim write once, from a state that allows it. */
const writes: WriteCase[] = [
  {
    operation: 'requestCancel',
    action: 'claim/cancel/request',
    scenario: 'PAYED_OK',
    body: { cancelReason: 'SOLD_OUT', cancelDetailedReason: '주문하신 색상이 품절되었습니다 😢' },
    after: {
      productOrderStatus: 'CANCELED',
      claimStatus: 'CANCEL_DONE',
      lastChangedType: 'CLAIM_COMPLETED',
    },
    claim: (detail) => detail.currentClaim.cancel,
    expectedClaim: {
      cancelReason: 'SOLD_OUT',
      cancelDetailedReason: '주문하신 색상이 품절되었습니다 😢',
      requestChannel: '판매자',
    },
  },
  {
    operation: 'approveCancel',
    action: 'claim/cancel/approve',
    scenario: 'CANCEL_REQUEST',
    after: {
      productOrderStatus: 'CANCELED',
      claimStatus: 'CANCEL_DONE',
      lastChangedType: 'CLAIM_COMPLETED',
    },
    claim: (detail) => detail.currentClaim.cancel,
    expectedClaim: { claimStatus: 'CANCEL_DONE' },
  },
  {
    operation: 'requestReturn',
    action: 'claim/return/request',
    scenario: 'DELIVERED',
    body: {
      returnReason: 'BROKEN',
      collectDeliveryMethod: 'RETURN_INDIVIDUAL',
      collectDeliveryCompany: 'CJGLS',
      collectTrackingNumber: '640098765432',
    },
    after: {
      productOrderStatus: 'DELIVERED',
      claimStatus: 'RETURN_REQUEST',
      lastChangedType: 'CLAIM_REQUESTED',
    },
    claim: (detail) => detail.currentClaim.return,
    expectedClaim: {
      returnReason: 'BROKEN',
      collectDeliveryMethod: 'RETURN_INDIVIDUAL',
      collectDeliveryCompany: 'CJGLS',
      collectTrackingNumber: '640098765432',
      requestChannel: '판매자',
    },
  },
  {
    operation: 'approveReturn',
    action: 'claim/return/approve',
    scenario: 'RETURN_COLLECT_DONE',
    after: {
      productOrderStatus: 'RETURNED',
      claimStatus: 'RETURN_DONE',
      lastChangedType: 'CLAIM_COMPLETED',
    },
    claim: (detail) => detail.currentClaim.return,
    expectedClaim: { claimStatus: 'RETURN_DONE' },
  },
  {
    operation: 'rejectReturn',
    action: 'claim/return/reject',
    scenario: 'RETURN_REQUEST',
    body: { rejectReturnReason: '상품 사용 흔적이 있어 반품이 불가합니다.' },
    after: {
      productOrderStatus: 'DELIVERED',
      claimStatus: 'RETURN_REJECT',
      lastChangedType: 'CLAIM_REJECTED',
    },
    claim: (detail) => detail.currentClaim.return,
    expectedClaim: { claimStatus: 'RETURN_REJECT' },
  },
  {
    operation: 'holdbackReturn',
    action: 'claim/return/holdback',
    scenario: 'RETURN_COLLECT_DONE',
    body: HOLDBACK_RETURN,
    after: {
      productOrderStatus: 'DELIVERED',
      claimStatus: 'COLLECT_DONE',
      lastChangedType: 'COLLECT_DONE',
    },
    claim: (detail) => detail.currentClaim.return,
    expectedClaim: {
      holdbackStatus: 'HOLDBACK',
      holdbackReason: 'RETURN_DELIVERYFEE',
      holdbackDetailedReason: HOLDBACK_RETURN.holdbackReturnDetailReason,
      etcFeeDemandAmount: 3000,
    },
  },
  {
    operation: 'releaseReturnHoldback',
    action: 'claim/return/holdback/release',
    scenario: 'RETURN_HOLDBACK',
    after: {
      productOrderStatus: 'DELIVERED',
      claimStatus: 'COLLECT_DONE',
      lastChangedType: 'COLLECT_DONE',
    },
    claim: (detail) => detail.currentClaim.return,
    expectedClaim: { holdbackStatus: 'RELEASED', holdbackReleaseDate: expect.any(String) },
  },
  {
    operation: 'completeExchangeCollect',
    action: 'claim/exchange/collect/complete',
    scenario: 'EXCHANGE_COLLECTING',
    after: {
      productOrderStatus: 'DELIVERED',
      claimStatus: 'COLLECT_DONE',
      lastChangedType: 'COLLECT_DONE',
    },
    claim: (detail) => detail.currentClaim.exchange,
    expectedClaim: { claimStatus: 'COLLECT_DONE', collectCompletedDate: expect.any(String) },
  },
  {
    operation: 'redeliverExchange',
    action: 'claim/exchange/dispatch',
    scenario: 'EXCHANGE_COLLECT_DONE',
    body: {
      reDeliveryMethod: 'DELIVERY',
      reDeliveryCompany: 'CJGLS',
      reDeliveryTrackingNumber: '650012345678',
    },
    after: {
      productOrderStatus: 'DELIVERED',
      claimStatus: 'EXCHANGE_REDELIVERING',
      lastChangedType: 'CLAIM_REDELIVERING',
    },
    claim: (detail) => detail.currentClaim.exchange,
    expectedClaim: {
      reDeliveryMethod: 'DELIVERY',
      reDeliveryCompany: 'CJGLS',
      reDeliveryTrackingNumber: '650012345678',
    },
  },
  {
    operation: 'rejectExchange',
    action: 'claim/exchange/reject',
    scenario: 'EXCHANGE_REQUEST',
    body: { rejectExchangeReason: '교환 요청하신 옵션이 단종되었습니다.' },
    after: {
      productOrderStatus: 'DELIVERED',
      claimStatus: 'EXCHANGE_REJECT',
      lastChangedType: 'CLAIM_REJECTED',
    },
    claim: (detail) => detail.currentClaim.exchange,
    expectedClaim: { claimStatus: 'EXCHANGE_REJECT' },
  },
  {
    operation: 'holdbackExchange',
    action: 'claim/exchange/holdback',
    scenario: 'EXCHANGE_COLLECT_DONE',
    body: HOLDBACK_EXCHANGE,
    after: {
      productOrderStatus: 'DELIVERED',
      claimStatus: 'COLLECT_DONE',
      lastChangedType: 'COLLECT_DONE',
    },
    claim: (detail) => detail.currentClaim.exchange,
    expectedClaim: {
      holdbackStatus: 'HOLDBACK',
      holdbackReason: 'EXCHANGE_DELIVERYFEE',
      holdbackDetailedReason: HOLDBACK_EXCHANGE.holdbackExchangeDetailReason,
      etcFeeDemandAmount: 6000,
    },
  },
  {
    operation: 'releaseExchangeHoldback',
    action: 'claim/exchange/holdback/release',
    scenario: 'EXCHANGE_HOLDBACK',
    after: {
      productOrderStatus: 'DELIVERED',
      claimStatus: 'COLLECT_DONE',
      lastChangedType: 'COLLECT_DONE',
    },
    claim: (detail) => detail.currentClaim.exchange,
    expectedClaim: { holdbackStatus: 'RELEASED' },
  },
];

interface ConflictCase {
  title: string;
  scenario: SandboxScenarioName;
  action: string;
  body?: JsonBody;
  status: number;
  code: string;
  upstreamCode: string;
}

const SHIPMENT = {
  reDeliveryMethod: 'DELIVERY',
  reDeliveryCompany: 'HANJIN',
  reDeliveryTrackingNumber: '660012345678',
};
const REJECT_RETURN = { rejectReturnReason: '반품 불가' };
const REJECT_EXCHANGE = { rejectExchangeReason: '교환 불가' };
const RETURN_REQUEST = {
  returnReason: 'INTENT_CHANGED',
  collectDeliveryMethod: 'RETURN_DESIGNATED',
};
const CANCEL_REQUEST = { cancelReason: 'INTENT_CHANGED' };
const CONFLICT = 'PRODUCT_ORDER_STATE_CONFLICT';

/** Every reachable refusal of a claim write, as the caller sees it. */
const conflicts: ConflictCase[] = [
  ...[
    ['a seller cancel of a dispatched order', 'DELIVERING', '104442'],
    ['a seller cancel of a cancelled order', 'CANCEL_DONE', '105306'],
    ['a seller cancel while the buyer asks for one', 'CANCEL_REQUEST', '104442'],
  ].map(([title, scenario, upstreamCode]) => ({
    title,
    scenario: scenario as SandboxScenarioName,
    action: 'claim/cancel/request',
    body: CANCEL_REQUEST,
    status: 409,
    code: CONFLICT,
    upstreamCode,
  })),
  ...[
    ['approving a cancel nobody asked for', 'PAYED_OK', '104442'],
    ['approving a cancel twice', 'CANCEL_DONE_BY_APPROVAL', '105306'],
  ].map(([title, scenario, upstreamCode]) => ({
    title,
    scenario: scenario as SandboxScenarioName,
    action: 'claim/cancel/approve',
    status: 409,
    code: CONFLICT,
    upstreamCode,
  })),
  {
    title: 'a return of an undispatched order',
    scenario: 'PAYED_OK',
    action: 'claim/return/request',
    body: RETURN_REQUEST,
    status: 409,
    code: CONFLICT,
    upstreamCode: '104442',
  },
  {
    title: 'a second return',
    scenario: 'RETURN_REQUEST',
    action: 'claim/return/request',
    body: RETURN_REQUEST,
    status: 409,
    code: CONFLICT,
    upstreamCode: '105306',
  },
  {
    title: 'a return while an exchange is open',
    scenario: 'EXCHANGE_REQUEST',
    action: 'claim/return/request',
    body: RETURN_REQUEST,
    status: 409,
    code: CONFLICT,
    upstreamCode: '104442',
  },
  {
    title: 'approving a return on hold',
    scenario: 'RETURN_HOLDBACK',
    action: 'claim/return/approve',
    status: 409,
    code: CONFLICT,
    upstreamCode: '104442',
  },
  {
    title: 'approving a return twice',
    scenario: 'RETURN_DONE',
    action: 'claim/return/approve',
    status: 409,
    code: CONFLICT,
    upstreamCode: '105306',
  },
  {
    title: 'rejecting a return already rejected',
    scenario: 'RETURN_REJECT',
    action: 'claim/return/reject',
    body: REJECT_RETURN,
    status: 409,
    code: CONFLICT,
    upstreamCode: '105306',
  },
  {
    title: 'rejecting a return that does not exist',
    scenario: 'DELIVERED',
    action: 'claim/return/reject',
    body: REJECT_RETURN,
    status: 409,
    code: CONFLICT,
    upstreamCode: '104442',
  },
  {
    title: 'holding a return back twice',
    scenario: 'RETURN_HOLDBACK',
    action: 'claim/return/holdback',
    body: HOLDBACK_RETURN,
    status: 409,
    code: CONFLICT,
    upstreamCode: '105306',
  },
  {
    title: 'releasing a return not held back',
    scenario: 'RETURN_COLLECT_DONE',
    action: 'claim/return/holdback/release',
    status: 409,
    code: CONFLICT,
    upstreamCode: '104442',
  },
  {
    title: 'collecting an exchange twice',
    scenario: 'EXCHANGE_COLLECT_DONE',
    action: 'claim/exchange/collect/complete',
    status: 409,
    code: CONFLICT,
    upstreamCode: '105306',
  },
  {
    title: 'collecting an exchange nobody asked for',
    scenario: 'DELIVERED',
    action: 'claim/exchange/collect/complete',
    status: 409,
    code: CONFLICT,
    upstreamCode: '104442',
  },
  {
    title: 're-dispatching an exchange not yet collected',
    scenario: 'EXCHANGE_REQUEST',
    action: 'claim/exchange/dispatch',
    body: SHIPMENT,
    status: 409,
    code: CONFLICT,
    upstreamCode: '104417',
  },
  {
    title: 're-dispatching an exchange on hold',
    scenario: 'EXCHANGE_HOLDBACK',
    action: 'claim/exchange/dispatch',
    body: SHIPMENT,
    status: 409,
    code: CONFLICT,
    upstreamCode: '104442',
  },
  {
    title: 're-dispatching an exchange twice',
    scenario: 'EXCHANGE_REDELIVERING',
    action: 'claim/exchange/dispatch',
    body: SHIPMENT,
    status: 409,
    code: CONFLICT,
    upstreamCode: '105306',
  },
  {
    title: 're-dispatching with a tracking number the courier cannot have',
    scenario: 'EXCHANGE_COLLECT_DONE',
    action: 'claim/exchange/dispatch',
    body: { ...SHIPMENT, reDeliveryTrackingNumber: 'NOT-A-HANJIN-1' },
    status: 422,
    code: 'PRODUCT_ORDER_REJECTED',
    upstreamCode: '104122',
  },
  {
    title: 'rejecting an exchange being re-delivered',
    scenario: 'EXCHANGE_REDELIVERING',
    action: 'claim/exchange/reject',
    body: REJECT_EXCHANGE,
    status: 409,
    code: CONFLICT,
    upstreamCode: '104442',
  },
  {
    title: 'rejecting an exchange twice',
    scenario: 'EXCHANGE_REJECT',
    action: 'claim/exchange/reject',
    body: REJECT_EXCHANGE,
    status: 409,
    code: CONFLICT,
    upstreamCode: '105306',
  },
  {
    title: 'holding an exchange back twice',
    scenario: 'EXCHANGE_HOLDBACK',
    action: 'claim/exchange/holdback',
    body: HOLDBACK_EXCHANGE,
    status: 409,
    code: CONFLICT,
    upstreamCode: '105306',
  },
  {
    title: 'releasing an exchange not held back',
    scenario: 'EXCHANGE_COLLECT_DONE',
    action: 'claim/exchange/holdback/release',
    status: 409,
    code: CONFLICT,
    upstreamCode: '104442',
  },
];

describe('claim writes through the gateway (cancel, return, exchange)', () => {
  const api = gatewayForSuite();

  it.each(writes)(
    '$operation: POST …/$action from $scenario',
    async ({ operation, action, scenario, body, after, claim, expectedClaim }) => {
      const id = api.created(scenario);
      const since = api.gateway.clock.now();

      const answer = await api.write(id, action, body);

      expect(answer.status).toBe(200);
      expect(answer.body).toEqual(allSucceeded(id));
      expect(answer.headers['upstream-trace-id']).toMatch(/\^/);

      const call = api.onlyCall(operation);

      expect(call.method).toBe('POST');
      expect(call.rawUrl).toBe(`${UPSTREAM_PRODUCT_ORDERS}/${id}/${action}`);

      if (body === undefined) {
        expect(call.rawBody).toBe('');
      } else {
        expect(call.headers['content-type']).toBe('application/json; charset=utf-8');
        expect(call.rawBody).toBe(JSON.stringify(body));
      }

      expect(await api.readBack(id, since)).toEqual(after);
      expect(claim(await api.detail(id))).toMatchObject(expectedClaim);
    },
  );

  it('cancels part of a line with cancelQuantity', async () => {
    const id = api.created('PAYED_OK', 3);

    const answer = await api.write(id, 'claim/cancel/request', {
      cancelReason: 'SOLD_OUT',
      cancelQuantity: 1,
    });

    expect(answer.body).toEqual(allSucceeded(id));
    expect(JSON.parse(api.onlyCall('requestCancel').rawBody)).toEqual({
      cancelReason: 'SOLD_OUT',
      cancelQuantity: 1,
    });

    const detail = await api.detail(id);

    expect(detail.productOrder).toMatchObject({ quantity: 3, remainQuantity: 2 });
  });

  it('refuses a cancel of more than the line holds as 422 PRODUCT_ORDER_REJECTED', async () => {
    const id = api.created('PAYED_OK', 2);

    const answer = await api.write(id, 'claim/cancel/request', {
      cancelReason: 'SOLD_OUT',
      cancelQuantity: 5,
    });

    expect(answer.body).toMatchObject(refusal(422, 'PRODUCT_ORDER_REJECTED', '104133'));
  });

  it.each(conflicts)(
    'refuses $title: $status $code ($upstreamCode), state unchanged',
    async ({ scenario, action, body, status, code, upstreamCode }) => {
      const id = api.created(scenario);
      const before = await api.detail(id);

      const answer = await api.write(id, action, body);

      expect(answer.status).toBe(status);
      expect(answer.headers['content-type']).toContain('application/problem+json');
      expect(answer.body).toMatchObject(refusal(status, code, upstreamCode));
      expect(answer.body.detail).toContain(id);
      expect(await api.detail(id)).toEqual(before);
    },
  );

  it.each(writes)(
    '$operation answers 404 PRODUCT_ORDER_NOT_FOUND for an unknown id',
    async ({ action, body }) => {
      const answer = await api.write(UNKNOWN_ID, action, body);

      expect(answer.status).toBe(404);
      expect(answer.body).toMatchObject(refusal(404, 'PRODUCT_ORDER_NOT_FOUND', '100001'));
    },
  );
});
