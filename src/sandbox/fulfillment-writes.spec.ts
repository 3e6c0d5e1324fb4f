import { toKstDateTime } from '../common/time/kst';
import {
  JsonBody,
  PRODUCT_ORDERS_PATH,
  refused,
  sandboxForSuite,
  succeeded,
} from './testing/sandbox-test-client';

const CONFIRM_PATH = `${PRODUCT_ORDERS_PATH}/confirm`;
const DISPATCH_PATH = `${PRODUCT_ORDERS_PATH}/dispatch`;
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

describe('발주 확인, 발송 지연, 발송 처리 (#5–#7)', () => {
  const suite = sandboxForSuite({ productOrderCount: 60 });
  const { clock, created } = suite;

  describe('POST /product-orders/confirm', () => {
    it('confirms, shows placeOrderStatus OK in #2 and moves the change #1 reports', async () => {
      const productOrderId = created('PAYED_NOT_YET');

      const response = await suite.api.post(CONFIRM_PATH, { productOrderIds: [productOrderId] });

      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        timestamp: toKstDateTime(clock.current),
        traceId: response.headers.get('gncp-gw-trace-id'),
        data: {
          successProductOrderInfos: [{ productOrderId, isReceiverAddressChanged: false }],
          failProductOrderInfos: [],
        },
      });
      expect((await suite.api.detail(productOrderId)).productOrder).toMatchObject({
        productOrderStatus: 'PAYED',
        placeOrderStatus: 'OK',
        placeOrderDate: toKstDateTime(clock.current),
      });
      // No lastChangedType exists for 발주 확인: the date moves, the type stays (see the table).
      expect(await suite.api.changeAt(productOrderId, clock.current)).toMatchObject({
        lastChangedType: 'PAYED',
        productOrderStatus: 'PAYED',
      });
    });

    it('answers each id on its own: done, twice, unknown, repeated, wrong state', async () => {
      const fresh = created('PAYED_NOT_YET');
      const confirmed = created('PAYED_OK');
      const repeated = created('PAYED_NOT_YET');
      const delivering = created('DELIVERING');
      const unknown = '2026030199999999';
      const productOrderIds = [fresh, confirmed, repeated, unknown, repeated, delivering];

      const response = await suite.api.post(CONFIRM_PATH, { productOrderIds });

      expect(response.body.data).toEqual({
        successProductOrderInfos: [{ productOrderId: fresh, isReceiverAddressChanged: false }],
        failProductOrderInfos: [
          { productOrderId: confirmed, code: '105306', message: expect.any(String) },
          { productOrderId: repeated, code: '104131', message: expect.any(String) },
          { productOrderId: unknown, code: '100001', message: expect.any(String) },
          { productOrderId: delivering, code: '104442', message: expect.any(String) },
        ],
      });
      expect(suite.sandbox.store.get(repeated)?.placeOrderStatus).toBe('NOT_YET');
    });

    it('tells the seller the buyer changed the address', async () => {
      const productOrderId = created('PAYED_ADDRESS_CHANGED');

      const response = await suite.api.post(CONFIRM_PATH, { productOrderIds: [productOrderId] });

      expect(response.body.data.successProductOrderInfos).toEqual([
        { productOrderId, isReceiverAddressChanged: true },
      ]);
    });

    it.each([
      ['31 ids', { productOrderIds: Array.from({ length: 31 }, (_, n) => `2026030100000${n}`) }],
      ['no ids', { productOrderIds: [] }],
      ['a missing productOrderIds', {}],
      ['ids that are numbers', { productOrderIds: [2026030112345678] }],
    ])('answers 400 4000 to %s', async (_case, body) => {
      const response = await suite.api.post(CONFIRM_PATH, body);

      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({
        code: '4000',
        invalidInputs: [{ name: 'productOrderIds', type: expect.any(String) }],
      });
    });

    it('answers 400 4000 to a body that is not JSON', async () => {
      const response = await suite.api.post(CONFIRM_PATH, 'productOrderIds=1');

      expect(response.status).toBe(400);
      expect(response.body.invalidInputs).toEqual([
        { name: 'body', type: 'typeMismatch', message: expect.any(String) },
      ]);
    });
  });

  describe('POST /product-orders/{id}/delay', () => {
    const delay = (productOrderId: string, change: Record<string, unknown> = {}) =>
      suite.api.write(productOrderId, 'delay', {
        dispatchDueDate: toKstDateTime(clock.current + 5 * DAY),
        delayedDispatchReason: 'CUSTOM_BUILD',
        dispatchDelayedDetailedReason: '주문 제작 상품이라 3일 더 걸립니다 🙏',
        ...change,
      });

    it('moves shippingDueDate and keeps the reason exactly as sent', async () => {
      const productOrderId = created('PAYED_OK');

      const response = await delay(productOrderId);

      expect(response.status).toBe(200);
      expect(response.body.data).toEqual(succeeded(productOrderId));
      expect((await suite.api.detail(productOrderId)).productOrder).toMatchObject({
        productOrderStatus: 'PAYED',
        shippingDueDate: toKstDateTime(clock.current + 5 * DAY),
        delayedDispatchReason: 'CUSTOM_BUILD',
        delayedDispatchDetailedReason: '주문 제작 상품이라 3일 더 걸립니다 🙏',
      });
      expect(await suite.api.changeAt(productOrderId, clock.current)).toMatchObject({
        lastChangedType: 'PAYED',
      });
    });

    it.each([
      ['a due date in the past', { dispatchDueDate: '2026-03-01T09:00:00.000+09:00' }],
      ['a due date 100 days out', { dispatchDueDate: '2026-06-10T09:00:00.000+09:00' }],
    ])('refuses %s with 104105', async (_case, change) => {
      const productOrderId = created('PAYED_OK');

      expect((await delay(productOrderId, change)).body.data).toEqual(
        refused(productOrderId, '104105'),
      );
    });

    it.each([
      ['DELIVERING', '104442'],
      ['CANCEL_DONE', '104442'],
    ] as const)('refuses a %s product order with %s', async (scenario, code) => {
      const productOrderId = created(scenario);

      expect((await delay(productOrderId)).body.data).toEqual(refused(productOrderId, code));
    });

    it('refuses an unknown product order with 100001', async () => {
      expect((await delay('2026030199999999')).body.data).toEqual(
        refused('2026030199999999', '100001'),
      );
    });

    it('lists every malformed field in one 400 4000', async () => {
      const response = await suite.api.write(created('PAYED_OK'), 'delay', {
        dispatchDueDate: '2026-03-07T18:00:00+09:00',
        delayedDispatchReason: 'LAZY',
      });

      expect(response.status).toBe(400);
      expect(response.body.invalidInputs.map((input: JsonBody) => input.name)).toEqual([
        'dispatchDueDate',
        'delayedDispatchReason',
        'dispatchDelayedDetailedReason',
      ]);
    });
  });

  describe('POST /product-orders/dispatch', () => {
    let trackingSerial = 640_012_340_000;

    /** A CJ대한통운 parcel entry with a tracking number no other test uses. */
    const parcel = (productOrderId: string, change: Record<string, unknown> = {}) => ({
      productOrderId,
      deliveryMethod: 'DELIVERY',
      deliveryCompanyCode: 'CJGLS',
      trackingNumber: String((trackingSerial += 1)),
      dispatchDate: toKstDateTime(clock.current - 10 * MINUTE),
      ...change,
    });

    const dispatch = (...dispatchProductOrders: JsonBody[]) =>
      suite.api.post(DISPATCH_PATH, { dispatchProductOrders });

    it('dispatches: DELIVERING, delivery from the request, DISPATCHED in #1', async () => {
      const productOrderId = created('PAYED_OK');
      const entry = parcel(productOrderId);

      const response = await dispatch(entry);

      expect(response.body.data).toEqual(succeeded(productOrderId));
      expect(await suite.api.detail(productOrderId)).toMatchObject({
        productOrder: { productOrderStatus: 'DELIVERING' },
        delivery: {
          deliveryMethod: 'DELIVERY',
          deliveryCompany: 'CJGLS',
          trackingNumber: entry.trackingNumber,
          sendDate: entry.dispatchDate,
          deliveryStatus: 'DELIVERING',
        },
      });
      expect(await suite.api.changeAt(productOrderId, clock.current)).toMatchObject({
        lastChangedType: 'DISPATCHED',
        productOrderStatus: 'DELIVERING',
      });
    });

    it('answers a batch entry by entry, in request order', async () => {
      const ok = created('PAYED_OK');
      const direct = created('PAYED_OK');
      const notConfirmed = created('PAYED_NOT_YET');
      const cancelled = created('CANCEL_DONE');
      const shipped = created('DELIVERING');
      const noCourier = created('PAYED_OK');
      const badCourier = created('PAYED_OK');
      const noTracking = created('PAYED_OK');
      const badTracking = created('PAYED_OK');
      const nothing = created('PAYED_OK');
      const returnMethod = created('PAYED_OK');
      const repeated = created('PAYED_OK');
      const unknown = '2026030199999999';

      const response = await dispatch(
        parcel(ok),
        parcel(direct, { deliveryMethod: 'DIRECT_DELIVERY', deliveryCompanyCode: undefined }),
        parcel(notConfirmed),
        parcel(cancelled),
        parcel(shipped),
        parcel(noCourier, { deliveryCompanyCode: undefined }),
        parcel(badCourier, { deliveryCompanyCode: 'NOT_A_COURIER' }),
        parcel(noTracking, { trackingNumber: '' }),
        parcel(badTracking, { trackingNumber: 'ABC-12' }),
        parcel(nothing, { deliveryMethod: 'NOTHING' }),
        parcel(returnMethod, { deliveryMethod: 'RETURN_DELIVERY' }),
        parcel(repeated),
        parcel(unknown),
        parcel(repeated),
      );
      const failure = (productOrderId: string, code: string) => ({
        productOrderId,
        code,
        message: expect.any(String),
      });

      expect(response.status).toBe(200);
      expect(response.body.data).toEqual({
        successProductOrderIds: [ok, direct],
        failProductOrderInfos: [
          failure(notConfirmed, '104443'),
          failure(cancelled, '104442'),
          failure(shipped, '105306'),
          failure(noCourier, '104118'),
          failure(badCourier, '104119'),
          failure(noTracking, '104120'),
          failure(badTracking, '104122'),
          failure(nothing, '104116'),
          failure(returnMethod, '104117'),
          failure(repeated, '104131'),
          failure(unknown, '100001'),
        ],
      });
      expect(suite.sandbox.store.get(direct)?.delivery).toMatchObject({
        deliveryMethod: 'DIRECT_DELIVERY',
      });
      expect(suite.sandbox.store.get(repeated)?.productOrderStatus).toBe('PAYED');
    });

    it('refuses a tracking number another package shipped with (104121)', async () => {
      const first = created('PAYED_OK');
      const second = created('PAYED_OK');
      const used = parcel(first);

      await dispatch(used);
      const response = await dispatch(parcel(second, { trackingNumber: used.trackingNumber }));

      expect(response.body.data).toEqual(refused(second, '104121'));
    });

    it('lets the product orders of one package share a tracking number', async () => {
      const lines = suite.sandbox.store.generate({
        count: 2,
        scenario: 'PAYED_OK',
        productOrdersPerOrder: 2,
        lastChangedDate: clock.current,
      });
      const [first, second] = lines.map((line) => line.productOrderId);
      const shared = parcel(first);

      clock.advance(MINUTE);

      const response = await dispatch(
        shared,
        parcel(second, { trackingNumber: shared.trackingNumber }),
      );

      expect(response.body.data).toEqual({
        successProductOrderIds: [first, second],
        failProductOrderInfos: [],
      });
    });

    it('withdraws a buyer cancel request when the seller dispatches instead (6.2 C4)', async () => {
      const productOrderId = created('CANCEL_REQUEST');

      const response = await dispatch(parcel(productOrderId));
      const detail = await suite.api.detail(productOrderId);

      expect(response.body.data).toEqual(succeeded(productOrderId));
      expect(detail.productOrder).toMatchObject({
        productOrderStatus: 'DELIVERING',
        claimType: 'CANCEL',
        claimStatus: 'CANCEL_REJECT',
      });
      expect(detail.currentClaim.cancel.claimStatus).toBe('CANCEL_REJECT');
      expect(detail.completedClaims).toEqual([
        expect.objectContaining({ claimType: 'CANCEL', claimStatus: 'CANCEL_REJECT' }),
      ]);
      expect(await suite.api.changeAt(productOrderId, clock.current)).toMatchObject({
        lastChangedType: 'DISPATCHED',
      });
    });

    it.each([
      ['31 entries', Array.from({ length: 31 }, () => ({})), 'dispatchProductOrders'],
      ['an entry without id', [{ productOrderId: undefined }], 'productOrderId'],
      ['an unknown deliveryMethod', [{ deliveryMethod: 'PIGEON' }], 'deliveryMethod'],
      ['a dispatchDate in UTC', [{ dispatchDate: '2026-03-02T00:00:00.000Z' }], 'dispatchDate'],
    ])('fails the whole call with 400 4000 for %s', async (_case, entries, field) => {
      const productOrderId = created('PAYED_OK');
      const dispatchProductOrders = entries.map((entry) => ({
        ...parcel(productOrderId),
        ...entry,
      }));

      const response = await suite.api.post(DISPATCH_PATH, { dispatchProductOrders });

      expect(response.status).toBe(400);
      expect(response.body.code).toBe('4000');
      expect(response.body.invalidInputs).toContainEqual(
        expect.objectContaining({ name: expect.stringContaining(field) }),
      );
      expect(suite.sandbox.store.get(productOrderId)?.productOrderStatus).toBe('PAYED');
    });

    it('names the bad entry by its index', async () => {
      const ok = parcel(created('PAYED_OK'));
      const response = await dispatch(ok, { ...ok, productOrderId: 42 });

      expect(response.body.invalidInputs).toEqual([
        {
          name: 'dispatchProductOrders[1].productOrderId',
          type: 'typeMismatch',
          message: expect.any(String),
        },
      ]);
    });
  });
});
