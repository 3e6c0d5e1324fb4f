import { setTimeout as sleep } from 'node:timers/promises';

import { SandboxScenarioName } from '../src/sandbox/generator/sandbox-scenarios';
import { SandboxOperationName } from '../src/sandbox/http/sandbox-operation';
import { JsonBody } from '../src/sandbox/testing/sandbox-test-client';
import {
  allSucceeded,
  GatewayAnswer,
  GatewayCaller,
  gatewayForSuite,
} from './support/gateway-caller';

interface WriteRequest {
  operation: SandboxOperationName;
  /** A product order the write would succeed on (the inquiry writes make their own target). */
  scenario: SandboxScenarioName;
  send: (api: GatewayCaller, productOrderId: string) => Promise<GatewayAnswer>;
}

const claim = (action: string, body?: JsonBody) => (api: GatewayCaller, id: string) =>
  api.write(id, action, body);

const askedInquiry = (api: GatewayCaller, productOrderId: string): number =>
  api.gateway.sandbox.simulate.buyerAsksInquiry(productOrderId, { title: '문의', content: '질문' })
    .inquiryNo;

/** Every write of the gateway, each with a request that passes validation. */
const writes: WriteRequest[] = [
  {
    operation: 'confirmProductOrders',
    scenario: 'PAYED_NOT_YET',
    send: (api, id) => api.post('/v1/product-orders/confirm', { productOrderIds: [id] }),
  },
  {
    operation: 'delayDispatch',
    scenario: 'PAYED_OK',
    send: (api, id) =>
      api.write(id, 'delay', {
        dispatchDueDate: new Date(api.gateway.clock.now() + 86_400_000).toISOString(),
        delayedDispatchReason: 'PRODUCT_PREPARE',
        dispatchDelayedDetailedReason: '제작 지연',
      }),
  },
  {
    operation: 'dispatchProductOrders',
    scenario: 'PAYED_OK',
    send: (api, id) =>
      api.post('/v1/product-orders/dispatch', { dispatchProductOrders: [api.parcelDispatch(id)] }),
  },
  {
    operation: 'requestCancel',
    scenario: 'PAYED_OK',
    send: claim('claim/cancel/request', { cancelReason: 'SOLD_OUT' }),
  },
  { operation: 'approveCancel', scenario: 'CANCEL_REQUEST', send: claim('claim/cancel/approve') },
  {
    operation: 'requestReturn',
    scenario: 'DELIVERED',
    send: claim('claim/return/request', {
      returnReason: 'BROKEN',
      collectDeliveryMethod: 'RETURN_DESIGNATED',
    }),
  },
  {
    operation: 'approveReturn',
    scenario: 'RETURN_COLLECT_DONE',
    send: claim('claim/return/approve'),
  },
  {
    operation: 'rejectReturn',
    scenario: 'RETURN_REQUEST',
    send: claim('claim/return/reject', { rejectReturnReason: '반품 불가' }),
  },
  {
    operation: 'holdbackReturn',
    scenario: 'RETURN_COLLECT_DONE',
    send: claim('claim/return/holdback', {
      holdbackClassType: 'RETURN_DELIVERYFEE',
      holdbackReturnDetailReason: '배송비 입금 대기',
    }),
  },
  {
    operation: 'releaseReturnHoldback',
    scenario: 'RETURN_HOLDBACK',
    send: claim('claim/return/holdback/release'),
  },
  {
    operation: 'completeExchangeCollect',
    scenario: 'EXCHANGE_COLLECTING',
    send: claim('claim/exchange/collect/complete'),
  },
  {
    operation: 'redeliverExchange',
    scenario: 'EXCHANGE_COLLECT_DONE',
    send: (api, id) =>
      api.write(id, 'claim/exchange/dispatch', {
        reDeliveryMethod: 'DELIVERY',
        reDeliveryCompany: 'CJGLS',
        reDeliveryTrackingNumber: api.newTrackingNumber(),
      }),
  },
  {
    operation: 'rejectExchange',
    scenario: 'EXCHANGE_REQUEST',
    send: claim('claim/exchange/reject', { rejectExchangeReason: '교환 불가' }),
  },
  {
    operation: 'holdbackExchange',
    scenario: 'EXCHANGE_COLLECT_DONE',
    send: claim('claim/exchange/holdback', {
      holdbackClassType: 'EXCHANGE_DELIVERYFEE',
      holdbackExchangeDetailReason: '배송비 입금 대기',
    }),
  },
  {
    operation: 'releaseExchangeHoldback',
    scenario: 'EXCHANGE_HOLDBACK',
    send: claim('claim/exchange/holdback/release'),
  },
  {
    operation: 'answerInquiry',
    scenario: 'DELIVERED',
    send: (api, id) =>
      api.post(`/v1/inquiries/${askedInquiry(api, id)}/answer`, { answerComment: '답변' }),
  },
  {
    operation: 'updateInquiryAnswer',
    scenario: 'DELIVERED',
    send: async (api, id) => {
      const inquiryNo = askedInquiry(api, id);
      const first = await api.post(`/v1/inquiries/${inquiryNo}/answer`, { answerComment: '답변' });

      return api.put(`/v1/inquiries/${inquiryNo}/answer/${first.body.inquiryCommentNo}`, {
        answerComment: '수정한 답변',
      });
    },
  },
];

/** A batch write and single writes with and without a body, for the slow tests below. */
const slowWrites = writes.filter((write) =>
  ['confirmProductOrders', 'dispatchProductOrders', 'approveReturn', 'redeliverExchange'].includes(
    write.operation,
  ),
);

describe('a write whose outcome is unknown is never resent', () => {
  describe('the upstream fails while applying it', () => {
    const api = gatewayForSuite();

    it.each([
      [500, 'GW.PROXY.03', 502],
      [500, 'GW.INTERNAL_SERVER_ERROR', 502],
      [504, 'GW.TIMEOUT.02', 504],
    ])(
      'upstream %i %s: one attempt, %i WRITE_OUTCOME_UNKNOWN',
      async (upstreamStatus, upstreamCode, status) => {
        const id = api.created('PAYED_OK');

        api.gateway.sandbox.faults.inject('dispatchProductOrders', {
          status: upstreamStatus,
          code: upstreamCode,
          times: 3,
        });

        const answer = await api.post('/v1/product-orders/dispatch', {
          dispatchProductOrders: [api.parcelDispatch(id)],
        });

        api.gateway.sandbox.faults.clear();

        expect(answer.status).toBe(status);
        expect(answer.body).toMatchObject({ code: 'WRITE_OUTCOME_UNKNOWN', upstreamCode });
        expect(api.calls('dispatchProductOrders')).toHaveLength(1);
      },
    );

    it.each(writes)('$operation is sent once and answered WRITE_OUTCOME_UNKNOWN', async (write) => {
      const id = api.created(write.scenario);

      // Several faults queued: a resend would meet the next one and show in the journal.
      api.gateway.sandbox.faults.inject(write.operation, {
        status: 500,
        code: 'GW.PROXY.03',
        times: 3,
      });

      const answer = await write.send(api, id);

      api.gateway.sandbox.faults.clear();

      expect(answer.status).toBe(502);
      expect(answer.headers['content-type']).toContain('application/problem+json');
      expect(answer.body).toMatchObject({
        status: 502,
        code: 'WRITE_OUTCOME_UNKNOWN',
        upstreamCode: 'GW.PROXY.03',
        upstreamTraceId: expect.any(String),
      });
      expect(answer.headers['retry-after']).toBeUndefined();
      expect(api.calls(write.operation)).toHaveLength(1);
    });

    it.each([
      [500, 'GW.PROXY.01'],
      [429, 'GW.RATE_LIMIT'],
      [401, 'GW.AUTHN'],
    ])(
      'resends a write turned away before the API (%i %s), applying it once',
      async (upstreamStatus, upstreamCode) => {
        const id = api.created('PAYED_OK');

        if (upstreamCode === 'GW.AUTHN') {
          api.gateway.sandbox.revokeTokens();
        } else {
          api.gateway.sandbox.faults.inject('dispatchProductOrders', {
            status: upstreamStatus,
            code: upstreamCode,
          });
        }

        const answer = await api.post('/v1/product-orders/dispatch', {
          dispatchProductOrders: [api.parcelDispatch(id)],
        });

        expect(answer.status).toBe(200);
        expect(answer.body).toEqual(allSucceeded(id));
        expect(api.calls('dispatchProductOrders').map((call) => call.status)).toEqual([
          upstreamStatus,
          200,
        ]);
        expect((await api.detail(id)).productOrder.productOrderStatus).toBe('DELIVERING');
      },
    );

    it('answers maintenance (503 GW.BLOCK.02) at once: one attempt, nothing applied', async () => {
      const id = api.created('PAYED_OK');
      const before = await api.detail(id);

      api.gateway.sandbox.faults.inject('dispatchProductOrders', {
        status: 503,
        code: 'GW.BLOCK.02',
        times: 3,
      });

      const answer = await api.post('/v1/product-orders/dispatch', {
        dispatchProductOrders: [api.parcelDispatch(id)],
      });

      api.gateway.sandbox.faults.clear();

      expect(answer.status).toBe(503);
      expect(answer.body).toMatchObject({
        code: 'UPSTREAM_UNAVAILABLE',
        upstreamCode: 'GW.BLOCK.02',
      });
      expect(answer.headers['retry-after']).toBe('30');
      expect(api.calls('dispatchProductOrders')).toHaveLength(1);
      expect(await api.detail(id)).toEqual(before);
    });
  });

  describe('the upstream answers after the deadline', () => {
    const TIMEOUT_MS = 300;
    const UPSTREAM_DELAY_MS = 1_000;
    const api = gatewayForSuite({
      connection: { timeoutMs: TIMEOUT_MS, requestDeadlineMs: 2 * TIMEOUT_MS },
    });

    it.each(slowWrites)(
      '$operation: 504 WRITE_OUTCOME_UNKNOWN, one attempt, the product order untouched',
      async (write) => {
        const id = api.created(write.scenario);
        const before = await api.detail(id);

        api.gateway.sandbox.journal.clear();
        api.gateway.sandbox.faults.inject(write.operation, {
          status: 500,
          code: 'GW.PROXY.03',
          delayMs: UPSTREAM_DELAY_MS,
        });

        const answer = await write.send(api, id);

        expect(answer.status).toBe(504);
        expect(answer.body).toMatchObject({ status: 504, code: 'WRITE_OUTCOME_UNKNOWN' });

        // The sandbox journals a call once it answers; by then a resend would have arrived.
        await sleep(UPSTREAM_DELAY_MS + 100);

        expect(api.calls(write.operation)).toHaveLength(1);
        expect(await api.detail(id)).toEqual(before);
      },
    );
  });
});
