import request from 'supertest';

import { toKstDateTime } from '../src/common/time/kst';
import { GatewayHarness, startGateway } from './support/gateway-harness';

const HOUR = 60 * 60 * 1000;
const ORDER_API = '/npay/partner/v1/pay-order/mall';

describe('order queries, end to end against the sandbox', () => {
  let gateway: GatewayHarness;

  beforeAll(async () => {
    gateway = await startGateway();
  });

  afterAll(() => gateway.close());

  beforeEach(() => gateway.sandbox.journal.clear());

  const lastCall = (operation: string) => {
    const calls = gateway.sandbox.journal.byOperation(operation as never);

    return calls[calls.length - 1];
  };

  describe('GET /v1/product-orders/last-changed-statuses', () => {
    it('returns the changes of the window, oldest first, as the upstream sent them', async () => {
      const to = gateway.clock.now() - HOUR;
      const from = to - 24 * HOUR;
      const expected = gateway.sandbox.store
        .list()
        .filter((record) => record.lastChangedDate >= from && record.lastChangedDate <= to)
        .sort(
          (a, b) =>
            a.lastChangedDate - b.lastChangedDate ||
            a.productOrderId.localeCompare(b.productOrderId),
        )
        .slice(0, 300);

      const response = await request(gateway.url)
        .get('/v1/product-orders/last-changed-statuses')
        .query({ lastChangedFrom: new Date(from).toISOString(), lastChangedTo: toKstDateTime(to) })
        .expect(200);

      expect(expected.length).toBeGreaterThan(10);
      expect(response.body.count).toBe(expected.length);
      expect(
        response.body.lastChangeStatuses.map(
          (item: { productOrderId: string }) => item.productOrderId,
        ),
      ).toEqual(expected.map((record) => record.productOrderId));
      expect(response.body.lastChangeStatuses[0]).toMatchObject({
        orderId: expected[0].order.orderId,
        productOrderStatus: expected[0].productOrderStatus,
        lastChangedType: expected[0].lastChangedType,
        lastChangedDate: toKstDateTime(expected[0].lastChangedDate),
      });
      expect(response.headers['upstream-trace-id']).toMatch(/\^/);
    });

    it('sends the window in KST with milliseconds and the + percent-encoded', async () => {
      await request(gateway.url)
        .get('/v1/product-orders/last-changed-statuses')
        .query({
          lastChangedFrom: '2024-05-01T00:00:00Z',
          lastChangedTo: '2024-05-01T12:30:00.250+03:00',
          lastChangedType: 'DISPATCHED',
          limitCount: '50',
        })
        .expect(200);

      expect(lastCall('getLastChangedStatuses').rawUrl).toBe(
        `${ORDER_API}/product-orders/last-changed-statuses` +
          '?lastChangedFrom=2024-05-01T09%3A00%3A00.000%2B09%3A00' +
          '&lastChangedTo=2024-05-01T18%3A30%3A00.250%2B09%3A00' +
          '&lastChangedType=DISPATCHED&limitCount=50',
      );
    });

    it('pages through more than 300 changes, ties included, returning each change once', async () => {
      const instant = Date.parse('2024-03-01T10:00:00.000+09:00');
      const created = gateway.sandbox.store.generate({ count: 340, lastChangedDate: instant });
      const later = gateway.sandbox.store.generate({
        count: 40,
        lastChangedDate: instant + 1_000,
      });
      const expected = [...created, ...later].map((record) => record.productOrderId);
      const windowEnd = toKstDateTime(instant + HOUR);
      const seen: string[] = [];
      let query: Record<string, string> = {
        lastChangedFrom: toKstDateTime(instant - HOUR),
        lastChangedTo: windowEnd,
      };

      for (let page = 0; page < 10; page += 1) {
        const response = await request(gateway.url)
          .get('/v1/product-orders/last-changed-statuses')
          .query(query)
          .expect(200);

        seen.push(
          ...response.body.lastChangeStatuses.map(
            (item: { productOrderId: string }) => item.productOrderId,
          ),
        );

        if (response.body.more === undefined) {
          break;
        }

        query = {
          lastChangedFrom: response.body.more.moreFrom,
          lastChangedTo: windowEnd,
          moreSequence: response.body.more.moreSequence,
        };
      }

      expect(seen).toHaveLength(expected.length);
      expect(new Set(seen)).toEqual(new Set(expected));
      expect(gateway.sandbox.journal.byOperation('getLastChangedStatuses')).toHaveLength(2);
    });
  });

  describe('POST /v1/product-orders/query', () => {
    it('returns the details of the requested ids and sends the body as JSON', async () => {
      const [first, second] = gateway.sandbox.store.list();

      const response = await request(gateway.url)
        .post('/v1/product-orders/query')
        .send({ productOrderIds: [first.productOrderId, second.productOrderId] })
        .expect(200);

      expect(response.body).toHaveLength(2);
      expect(response.body[0].productOrder).toMatchObject({
        productOrderId: first.productOrderId,
        productOrderStatus: first.productOrderStatus,
        productName: first.product.productName,
        quantity: first.quantity,
      });
      expect(response.body[0].order.orderId).toBe(first.order.orderId);

      const call = lastCall('queryProductOrders');

      expect(call.method).toBe('POST');
      expect(call.rawUrl).toBe(`${ORDER_API}/product-orders/query`);
      expect(call.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(JSON.parse(call.rawBody)).toEqual({
        productOrderIds: [first.productOrderId, second.productOrderId],
      });
    });

    it('passes quantityClaimCompatibility and leaves unknown ids out', async () => {
      const [first] = gateway.sandbox.store.list();

      const response = await request(gateway.url)
        .post('/v1/product-orders/query')
        .send({
          productOrderIds: [first.productOrderId, '1999010100000001'],
          quantityClaimCompatibility: true,
        })
        .expect(200);

      expect(
        response.body.map(
          (detail: { productOrder: { productOrderId: string } }) =>
            detail.productOrder.productOrderId,
        ),
      ).toEqual([first.productOrderId]);
      expect(JSON.parse(lastCall('queryProductOrders').rawBody).quantityClaimCompatibility).toBe(
        true,
      );
    });
  });

  describe('GET /v1/orders/:orderId/product-order-ids', () => {
    it('lists the product orders of an order', async () => {
      const record = gateway.sandbox.store
        .list()
        .find(
          (candidate) =>
            (gateway.sandbox.store.productOrderIdsOf(candidate.order.orderId)?.length ?? 0) > 1,
        );
      const orderId = record?.order.orderId as string;

      const response = await request(gateway.url)
        .get(`/v1/orders/${orderId}/product-order-ids`)
        .expect(200);

      const stored = gateway.sandbox.store.productOrderIdsOf(orderId) ?? [];

      expect(response.body).toEqual([...stored].sort());
      expect(lastCall('getProductOrderIds').rawUrl).toBe(
        `${ORDER_API}/orders/${orderId}/product-order-ids`,
      );
    });
  });

  describe('GET /v1/product-orders', () => {
    it('searches by payment time and status, and sends lists as repeated keys', async () => {
      const to = gateway.clock.now() - HOUR;
      const from = to - 24 * HOUR;
      const statuses = ['PAYED', 'DELIVERING'];
      const expected = gateway.sandbox.store
        .list()
        .filter(
          (record) =>
            record.order.paymentDate !== undefined &&
            record.order.paymentDate >= from &&
            record.order.paymentDate <= to &&
            statuses.includes(record.productOrderStatus),
        );

      const response = await request(gateway.url)
        .get('/v1/product-orders')
        .query(
          `from=${encodeURIComponent(toKstDateTime(from))}&to=${encodeURIComponent(
            toKstDateTime(to),
          )}&productOrderStatuses=PAYED,DELIVERING&fulfillment=false&pageSize=300`,
        )
        .expect(200);

      expect(expected.length).toBeGreaterThan(0);
      expect(response.body.pagination).toMatchObject({ page: 1, size: 300, hasNext: false });
      expect(
        new Set(
          response.body.contents.map((item: { productOrderId: string }) => item.productOrderId),
        ),
      ).toEqual(
        new Set(
          expected.filter((record) => !record.fulfillment).map((record) => record.productOrderId),
        ),
      );
      expect(response.body.contents[0].content.productOrder.productOrderStatus).toMatch(
        /^(PAYED|DELIVERING)$/,
      );
      expect(lastCall('getProductOrdersWithConditions').rawUrl).toContain(
        '&productOrderStatuses=PAYED&productOrderStatuses=DELIVERING&fulfillment=false&pageSize=300',
      );
    });

    it('sends false as false and pages with page and pageSize', async () => {
      await request(gateway.url)
        .get('/v1/product-orders')
        .query({
          from: '2024-05-01T00:00:00+09:00',
          fulfillment: 'false',
          page: '2',
          pageSize: '5',
        })
        .expect(200);

      expect(lastCall('getProductOrdersWithConditions').query).toMatchObject({
        from: '2024-05-01T00:00:00.000+09:00',
        fulfillment: 'false',
        page: '2',
        pageSize: '5',
      });
    });
  });
});
