import { isKstDateTime, toKstDateTime } from '../common/time/kst';
import { EmbeddedSandbox, startEmbeddedSandbox } from './embedded-sandbox';
import {
  JsonBody,
  ManualClock,
  getJson,
  issueToken,
  kstParam,
  postJson,
} from './testing/sandbox-test-client';

const QUERY_PATH = '/v1/pay-order/mall/product-orders/query';
const CONDITIONS_PATH = '/v1/pay-order/mall/product-orders';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('product order read operations', () => {
  const clock = new ManualClock(Date.parse('2026-03-02T09:00:00.000+09:00'));
  let sandbox: EmbeddedSandbox;
  let token: string;

  beforeAll(async () => {
    sandbox = await startEmbeddedSandbox({ now: clock.now });
    token = await issueToken(sandbox, clock.current);
  });

  afterAll(() => sandbox.close());

  const firstWith = (predicate: (status: string, claim?: string) => boolean) => {
    const found = sandbox.store
      .list()
      .find((record) => predicate(record.productOrderStatus, record.currentClaim?.claimStatus));

    if (found === undefined) {
      throw new Error('The generated data lacks a product order the test needs');
    }

    return found;
  };

  describe('POST /product-orders/query', () => {
    it('returns details of known ids, in the order asked, once each', async () => {
      const [first, second] = sandbox.store.list().map((record) => record.productOrderId);
      const unknown = '2099010199999999';
      const productOrderIds = [second, unknown, second, first];
      const response = await postJson(sandbox, QUERY_PATH, { productOrderIds }, token);

      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        timestamp: expect.any(String),
        traceId: response.headers.get('gncp-gw-trace-id'),
        data: [sandbox.store.render(second), sandbox.store.render(first)],
      });
    });

    it('renders a delivered product order with consistent money and dates', async () => {
      const delivered = firstWith((status, claim) => status === 'DELIVERED' && !claim);
      const response = await postJson(
        sandbox,
        QUERY_PATH,
        { productOrderIds: [delivered.productOrderId] },
        token,
      );
      const [detail] = response.body.data;
      const line = detail.productOrder;

      expect(detail.order.orderId).toBe(delivered.order.orderId);
      expect(line.totalProductAmount).toBe((line.unitPrice + line.optionPrice) * line.quantity);
      expect(line.totalPaymentAmount).toBe(line.totalProductAmount - line.productDiscountAmount);
      expect(line.productDiscountAmount).toBe(
        line.productImediateDiscountAmount + line.productProductDiscountAmount,
      );
      expect(detail.delivery).toMatchObject({
        deliveryMethod: 'DELIVERY',
        deliveryCompany: expect.stringMatching(/^(CJGLS|HANJIN|HYUNDAI|EPOST|KGB)$/),
        trackingNumber: expect.stringMatching(/^\d{11,13}$/),
        deliveryStatus: 'DELIVERY_COMPLETION',
      });
      expect(detail).not.toHaveProperty('currentClaim');
      expect(allDateTimes(detail).every(isKstDateTime)).toBe(true);
      expect(hasNull(detail)).toBe(false);
    });

    it('shows an open return in currentClaim and in the deprecated mirror', async () => {
      const returning = firstWith((_status, claim) => claim === 'COLLECTING');
      const response = await postJson(
        sandbox,
        QUERY_PATH,
        { productOrderIds: [returning.productOrderId] },
        token,
      );
      const [detail] = response.body.data;

      expect(detail.productOrder).toMatchObject({ claimType: 'RETURN', claimStatus: 'COLLECTING' });
      expect(detail.currentClaim.return).toMatchObject({
        claimStatus: 'COLLECTING',
        collectStatus: 'DELIVERING',
        collectAddress: { addressType: 'DOMESTIC', zipCode: expect.stringMatching(/^\d{5}$/) },
      });
      expect(detail.return).toEqual(detail.currentClaim.return);
    });

    it.each([
      ['301 ids', { productOrderIds: Array.from({ length: 301 }, (_, n) => String(n)) }, 'Size'],
      ['no ids', { productOrderIds: [] }, 'Size'],
      ['a missing productOrderIds', {}, 'NotNull'],
      ['ids that are not strings', { productOrderIds: [2026030112345678] }, 'typeMismatch'],
    ])('answers 400 4000 to %s', async (_case, body, type) => {
      const response = await postJson(sandbox, QUERY_PATH, body, token);

      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({
        code: '4000',
        invalidInputs: [{ name: 'productOrderIds', type }],
      });
    });

    it('accepts exactly 300 ids', async () => {
      const ids = sandbox.store
        .list()
        .slice(0, 300)
        .map((record) => record.productOrderId);
      const response = await postJson(sandbox, QUERY_PATH, { productOrderIds: ids }, token);

      expect(response.status).toBe(200);
      expect(response.body.data).toHaveLength(300);
    });

    it('answers 400 4000 to a body that is not JSON', async () => {
      const response = await fetch(sandbox.baseUrl + QUERY_PATH, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: '{"productOrderIds": [',
      });

      expect(response.status).toBe(400);
    });
  });

  describe('GET /orders/{orderId}/product-order-ids', () => {
    it('lists the product orders of the order', async () => {
      const records = sandbox.store.list();
      const orderId = records[0].order.orderId;
      const expected = records
        .filter((record) => record.order.orderId === orderId)
        .map((record) => record.productOrderId)
        .sort();
      const response = await getJson(
        sandbox,
        `/v1/pay-order/mall/orders/${orderId}/product-order-ids`,
        token,
      );

      expect(response.status).toBe(200);
      expect(response.body.data).toEqual(expected);
    });

    it('answers 400 100003 to an unknown order', async () => {
      const response = await getJson(
        sandbox,
        '/v1/pay-order/mall/orders/2099010100000000/product-order-ids',
        token,
      );

      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ code: '100003', traceId: expect.any(String) });
    });
  });

  describe('GET /product-orders (conditions)', () => {
    const search = (query: string) => getJson(sandbox, `${CONDITIONS_PATH}?${query}`, token);
    const lastDay = () => `from=${kstParam(clock.current - DAY)}&to=${kstParam(clock.current)}`;

    it('finds the product orders paid in the window by default', async () => {
      const from = clock.current - DAY;
      const expected = sandbox.store
        .list()
        .filter((record) => (record.order.paymentDate ?? 0) >= from)
        .map((record) => record.productOrderId)
        .sort();
      const response = await search(lastDay());

      expect(response.status).toBe(200);
      expect(response.body.data.contents.map(idOf).sort()).toEqual(expected);
      expect(response.body.data.contents[0].content).toEqual(
        sandbox.store.render(response.body.data.contents[0].productOrderId),
      );
    });

    it('pages with hasNext', async () => {
      const all = (await search(lastDay())).body.data.contents.map(idOf);
      const first = await search(`${lastDay()}&pageSize=10&page=1`);
      const second = await search(`${lastDay()}&pageSize=10&page=2`);

      expect(all.length).toBeGreaterThan(20);
      expect(first.body.data.pagination).toEqual({ page: 1, size: 10, hasNext: true });
      expect([...first.body.data.contents, ...second.body.data.contents].map(idOf)).toEqual(
        all.slice(0, 20),
      );
    });

    it('filters by statuses given as repeated keys or comma-joined', async () => {
      const repeated = await search(
        `${lastDay()}&productOrderStatuses=DELIVERED&productOrderStatuses=DELIVERING`,
      );
      const joined = await search(`${lastDay()}&productOrderStatuses=DELIVERED,DELIVERING`);
      const statuses = repeated.body.data.contents.map(
        (item: JsonBody) => item.content.productOrder.productOrderStatus,
      );

      expect(new Set(statuses)).toEqual(new Set(['DELIVERED', 'DELIVERING']));
      expect(joined.body.data).toEqual(repeated.body.data);
    });

    it('applies the window to the rangeType instant', async () => {
      const claims = sandbox.store.list().filter((record) => record.currentClaim !== undefined);
      const requested = claims[0].currentClaim?.claimRequestDate as number;
      const window = `from=${kstParam(requested)}&to=${kstParam(requested)}`;
      const response = await search(`${window}&rangeType=CLAIM_REQUESTED_DATETIME`);

      expect(response.body.data.contents.map(idOf)).toContain(claims[0].productOrderId);
      expect(
        response.body.data.contents.every(
          (item: JsonBody) =>
            item.content[claimKey(item)]?.claimRequestDate === toKstDateTime(requested),
        ),
      ).toBe(true);
    });

    it('filters by claim status and place-order status', async () => {
      const returning = firstWith((_status, claim) => claim === 'RETURN_REQUEST');
      const ordered = kstParam(returning.order.orderDate);
      const window = `from=${ordered}&to=${ordered}&rangeType=ORDERED_DATETIME`;
      const byClaim = await search(`${window}&claimStatuses=RETURN_REQUEST`);
      const byOtherClaim = await search(`${window}&claimStatuses=EXCHANGE_REQUEST`);
      const notYet = await search(`${lastDay()}&placeOrderStatusType=NOT_YET`);
      const placeOrderStatuses = notYet.body.data.contents.map(
        (item: JsonBody) => item.content.productOrder.placeOrderStatus,
      );

      expect(byClaim.body.data.contents.map(idOf)).toContain(returning.productOrderId);
      expect(byOtherClaim.body.data.contents.map(idOf)).not.toContain(returning.productOrderId);
      expect(placeOrderStatuses.length).toBeGreaterThan(0);
      expect(new Set(placeOrderStatuses)).toEqual(new Set(['NOT_YET']));
    });

    it('answers 400 104139 to a window over 24 h', async () => {
      const response = await search(
        `from=${kstParam(clock.current - DAY - 1)}&to=${kstParam(clock.current)}`,
      );

      expect(response.status).toBe(400);
      expect(response.body.code).toBe('104139');
    });

    it.each([
      ['pageSize 301', 'pageSize=301', 'pageSize'],
      ['pageSize 0', 'pageSize=0', 'pageSize'],
      ['page 0', 'page=0', 'page'],
      ['an unknown status', 'productOrderStatuses=PAYED,SHIPPED', 'productOrderStatuses'],
      ['an unknown rangeType', 'rangeType=TODAY', 'rangeType'],
      ['a non-boolean fulfillment', 'fulfillment=yes', 'fulfillment'],
    ])('answers 400 4000 to %s', async (_case, query, field) => {
      const response = await search(`${lastDay()}&${query}`);

      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ code: '4000', invalidInputs: [{ name: field }] });
    });
  });

  describe('the gateway layer', () => {
    it('answers 404 GW.NOT_FOUND to an unknown path', async () => {
      const response = await getJson(sandbox, '/v1/pay-order/mall/unknown', token);

      expect(response.status).toBe(404);
      expect(response.body).toEqual({
        code: 'GW.NOT_FOUND',
        message: '요청하신 리소스를 찾을 수 없습니다.',
        timestamp: expect.any(String),
        traceId: expect.any(String),
      });
    });

    it('sends the trace and response-time headers', async () => {
      const response = await getJson(
        sandbox,
        `/v1/pay-order/mall/orders/${sandbox.store.list()[0].order.orderId}/product-order-ids`,
        token,
      );

      expect(response.headers.get('gncp-gw-trace-id')).toMatch(
        /^sbx-[0-9a-f]{10}-[a-z0-9]{5}\^\d{13}\^\d{6}$/,
      );
      expect(response.headers.get('gncp-gw-httpclient-responsetime')).toMatch(/^\d+$/);
      expect(response.headers.get('content-type')).toBe('application/json;charset=UTF-8');
    });
  });
});

const idOf = (item: JsonBody): string => item.productOrderId;

const claimKey = (item: JsonBody): string =>
  ({ CANCEL: 'cancel', RETURN: 'return', EXCHANGE: 'exchange' })[
    item.content.productOrder.claimType as string
  ] ?? 'cancel';

function allDateTimes(value: unknown, found: string[] = []): string[] {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)) {
    found.push(value);
  } else if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach((child) => allDateTimes(child, found));
  }

  return found;
}

function hasNull(value: unknown): boolean {
  if (value === null) {
    return true;
  }

  return typeof value === 'object' && Object.values(value).some(hasNull);
}
