import { toKstDateTime } from '../src/common/time/kst';
import {
  allSucceeded,
  gatewayForSuite,
  refusal,
  UPSTREAM_PRODUCT_ORDERS,
} from './support/gateway-caller';

const DAY = 24 * 60 * 60 * 1000;
const UNKNOWN_ID = '1999010100000001';

describe('fulfillment writes through the gateway (confirm, delay, dispatch)', () => {
  const api = gatewayForSuite();

  describe('POST /v1/product-orders/confirm', () => {
    it('confirms every id, says whose address changed, and the upstream got the ids as JSON', async () => {
      const plain = api.created('PAYED_NOT_YET');
      const moved = api.created('PAYED_ADDRESS_CHANGED');
      const since = api.gateway.clock.now();

      const answer = await api.post('/v1/product-orders/confirm', {
        productOrderIds: [plain, moved],
      });

      expect(answer.status).toBe(200);
      expect(answer.body).toEqual({
        outcome: 'SUCCEEDED',
        succeeded: [
          { productOrderId: plain, isReceiverAddressChanged: false },
          { productOrderId: moved, isReceiverAddressChanged: true },
        ],
        failed: [],
      });
      expect(answer.headers['upstream-trace-id']).toMatch(/\^/);

      const call = api.onlyCall('confirmProductOrders');

      expect(call.method).toBe('POST');
      expect(call.rawUrl).toBe(`${UPSTREAM_PRODUCT_ORDERS}/confirm`);
      expect(call.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(JSON.parse(call.rawBody)).toEqual({ productOrderIds: [plain, moved] });

      const detail = await api.detail(plain);

      expect(detail.productOrder).toMatchObject({
        productOrderStatus: 'PAYED',
        placeOrderStatus: 'OK',
        placeOrderDate: expect.any(String),
      });
      expect(await api.readBack(plain, since)).toEqual({
        productOrderStatus: 'PAYED',
        claimStatus: undefined,
        lastChangedType: 'PAYED',
      });
    });

    it('answers 207 for a mix, reporting each id, and confirms only the valid ones', async () => {
      const valid = api.created('PAYED_NOT_YET');
      const confirmedAlready = api.created('PAYED_OK');
      const dispatched = api.created('DELIVERING');
      const before = await api.detail(dispatched);

      const answer = await api.post('/v1/product-orders/confirm', {
        productOrderIds: [valid, confirmedAlready, dispatched, UNKNOWN_ID],
      });

      expect(answer.status).toBe(207);
      expect(answer.body).toEqual({
        outcome: 'PARTIALLY_SUCCEEDED',
        succeeded: [{ productOrderId: valid, isReceiverAddressChanged: false }],
        failed: [
          { productOrderId: confirmedAlready, code: '105306', message: expect.any(String) },
          { productOrderId: dispatched, code: '104442', message: expect.any(String) },
          { productOrderId: UNKNOWN_ID, code: '100001', message: expect.any(String) },
        ],
      });
      expect((await api.detail(valid)).productOrder.placeOrderStatus).toBe('OK');
      expect(await api.detail(dispatched)).toEqual(before);
    });

    it('answers 207 FAILED when no id could be confirmed', async () => {
      const cancelled = api.created('CANCEL_DONE');

      const answer = await api.post('/v1/product-orders/confirm', {
        productOrderIds: [cancelled],
      });

      expect(answer.status).toBe(207);
      expect(answer.body).toEqual({
        outcome: 'FAILED',
        succeeded: [],
        failed: [{ productOrderId: cancelled, code: '104442', message: expect.any(String) }],
      });
    });

    it('reports a second confirmation of the same id as already done (105306)', async () => {
      const id = api.created('PAYED_NOT_YET');

      await api.post('/v1/product-orders/confirm', { productOrderIds: [id] });

      const again = await api.post('/v1/product-orders/confirm', { productOrderIds: [id] });

      expect(again.status).toBe(207);
      expect(again.body.failed).toEqual([
        { productOrderId: id, code: '105306', message: expect.any(String) },
      ]);
    });
  });

  describe('POST /v1/product-orders/:productOrderId/delay', () => {
    it('moves the due date, sent in KST, with the reason byte for byte', async () => {
      const id = api.created('PAYED_OK');
      const due = new Date(api.gateway.clock.now() + 3 * DAY);
      const reason = '주문 제작 상품이라 3일 더 걸립니다 🙏🏽';

      const answer = await api.write(id, 'delay', {
        dispatchDueDate: due.toISOString(),
        delayedDispatchReason: 'PRODUCT_PREPARE',
        dispatchDelayedDetailedReason: reason,
      });

      expect(answer.status).toBe(200);
      expect(answer.body).toEqual(allSucceeded(id));

      const call = api.onlyCall('delayDispatch');

      expect(call.method).toBe('POST');
      expect(call.rawUrl).toBe(`${UPSTREAM_PRODUCT_ORDERS}/${id}/delay`);
      expect(JSON.parse(call.rawBody)).toEqual({
        dispatchDueDate: toKstDateTime(due.getTime()),
        delayedDispatchReason: 'PRODUCT_PREPARE',
        dispatchDelayedDetailedReason: reason,
      });
      expect(Buffer.from(call.rawBody, 'utf8').includes(Buffer.from(reason, 'utf8'))).toBe(true);

      expect((await api.detail(id)).productOrder).toMatchObject({
        productOrderStatus: 'PAYED',
        shippingDueDate: toKstDateTime(due.getTime()),
        delayedDispatchReason: 'PRODUCT_PREPARE',
        delayedDispatchDetailedReason: reason,
      });
    });

    it.each([
      ['a dispatched order', 'DELIVERING' as const, 409, 'PRODUCT_ORDER_STATE_CONFLICT', '104442'],
      ['a cancelled order', 'CANCEL_DONE' as const, 409, 'PRODUCT_ORDER_STATE_CONFLICT', '104442'],
    ])('refuses to delay %s', async (_title, scenario, status, code, upstreamCode) => {
      const id = api.created(scenario);

      const answer = await api.write(id, 'delay', {
        dispatchDueDate: new Date(api.gateway.clock.now() + DAY).toISOString(),
        delayedDispatchReason: 'ETC',
        dispatchDelayedDetailedReason: '재고 확인 중',
      });

      expect(answer.status).toBe(status);
      expect(answer.headers['content-type']).toContain('application/problem+json');
      expect(answer.body).toMatchObject(refusal(status, code, upstreamCode));
      expect(answer.body.detail).toContain(id);
    });

    it('refuses a due date in the past as 422 PRODUCT_ORDER_REJECTED (104105)', async () => {
      const id = api.created('PAYED_OK');

      const answer = await api.write(id, 'delay', {
        dispatchDueDate: new Date(api.gateway.clock.now() - DAY).toISOString(),
        delayedDispatchReason: 'ETC',
        dispatchDelayedDetailedReason: '재고 확인 중',
      });

      expect(answer.body).toMatchObject(refusal(422, 'PRODUCT_ORDER_REJECTED', '104105'));
    });

    it('answers 404 PRODUCT_ORDER_NOT_FOUND for an id the upstream does not know', async () => {
      const answer = await api.write(UNKNOWN_ID, 'delay', {
        dispatchDueDate: new Date(api.gateway.clock.now() + DAY).toISOString(),
        delayedDispatchReason: 'ETC',
        dispatchDelayedDetailedReason: '재고 확인 중',
      });

      expect(answer.body).toMatchObject(refusal(404, 'PRODUCT_ORDER_NOT_FOUND', '100001'));
    });
  });

  describe('POST /v1/product-orders/dispatch', () => {
    it('dispatches by parcel and by direct delivery, dates sent in KST', async () => {
      const parcel = api.created('PAYED_OK');
      const direct = api.created('PAYED_OK');
      const since = api.gateway.clock.now();
      const parcelEntry = api.parcelDispatch(parcel);
      const directEntry = {
        productOrderId: direct,
        deliveryMethod: 'DIRECT_DELIVERY',
        dispatchDate: '2026-01-05T01:30:00Z',
      };

      const answer = await api.post('/v1/product-orders/dispatch', {
        dispatchProductOrders: [parcelEntry, directEntry],
      });

      expect(answer.status).toBe(200);
      expect(answer.body).toEqual(allSucceeded(parcel, direct));

      const call = api.onlyCall('dispatchProductOrders');

      expect(call.method).toBe('POST');
      expect(call.rawUrl).toBe(`${UPSTREAM_PRODUCT_ORDERS}/dispatch`);
      expect(JSON.parse(call.rawBody)).toEqual({
        dispatchProductOrders: [
          { ...parcelEntry, dispatchDate: toKstDateTime(Date.parse(parcelEntry.dispatchDate)) },
          { ...directEntry, dispatchDate: '2026-01-05T10:30:00.000+09:00' },
        ],
      });

      expect((await api.detail(parcel)).delivery).toMatchObject({
        deliveryMethod: 'DELIVERY',
        deliveryCompany: 'HANJIN',
        trackingNumber: parcelEntry.trackingNumber,
      });
      expect((await api.detail(direct)).delivery).toMatchObject({
        deliveryMethod: 'DIRECT_DELIVERY',
        sendDate: '2026-01-05T10:30:00.000+09:00',
      });

      for (const id of [parcel, direct]) {
        expect(await api.readBack(id, since)).toEqual({
          productOrderStatus: 'DELIVERING',
          claimStatus: undefined,
          lastChangedType: 'DISPATCHED',
        });
      }
    });

    it('answers 207 for a mix, reporting each entry, and dispatches only the valid ones', async () => {
      const valid = api.created('PAYED_OK');
      const alsoValid = api.created('PAYED_OK');
      const notConfirmed = api.created('PAYED_NOT_YET');
      const cancelled = api.created('CANCEL_DONE');
      const reused = api.created('PAYED_OK');
      const badNumber = api.created('PAYED_OK');
      const validEntry = api.parcelDispatch(valid);
      const untouched = [notConfirmed, cancelled, reused, badNumber];
      const before = await Promise.all(untouched.map((id) => api.detail(id)));

      const answer = await api.post('/v1/product-orders/dispatch', {
        dispatchProductOrders: [
          validEntry,
          api.parcelDispatch(notConfirmed),
          api.parcelDispatch(cancelled),
          { ...api.parcelDispatch(reused), trackingNumber: validEntry.trackingNumber },
          { ...api.parcelDispatch(badNumber), trackingNumber: 'ABC-1' },
          api.parcelDispatch(UNKNOWN_ID),
          api.parcelDispatch(alsoValid),
        ],
      });

      expect(answer.status).toBe(207);
      expect(answer.body.outcome).toBe('PARTIALLY_SUCCEEDED');
      expect(answer.body.succeeded).toEqual([
        { productOrderId: valid },
        { productOrderId: alsoValid },
      ]);
      expect(answer.body.failed).toEqual([
        { productOrderId: notConfirmed, code: '104443', message: expect.any(String) },
        { productOrderId: cancelled, code: '104442', message: expect.any(String) },
        { productOrderId: reused, code: '104121', message: expect.any(String) },
        { productOrderId: badNumber, code: '104122', message: expect.any(String) },
        { productOrderId: UNKNOWN_ID, code: '100001', message: expect.any(String) },
      ]);

      for (const id of [valid, alsoValid]) {
        expect((await api.detail(id)).productOrder.productOrderStatus).toBe('DELIVERING');
      }

      expect(await Promise.all(untouched.map((id) => api.detail(id)))).toEqual(before);
    });

    it('reports dispatching a cancelled order alone as 207 FAILED', async () => {
      const id = api.created('CANCEL_DONE');

      const answer = await api.post('/v1/product-orders/dispatch', {
        dispatchProductOrders: [api.parcelDispatch(id)],
      });

      expect(answer.status).toBe(207);
      expect(answer.body).toEqual({
        outcome: 'FAILED',
        succeeded: [],
        failed: [{ productOrderId: id, code: '104442', message: expect.any(String) }],
      });
      expect((await api.detail(id)).productOrder.productOrderStatus).toBe('CANCELED');
    });
  });
});
