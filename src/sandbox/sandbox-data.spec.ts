import { toKstDate } from '../common/time/kst';
import { EmbeddedSandbox, startEmbeddedSandbox } from './embedded-sandbox';
import { chargedAmount } from './store/product-order-amounts';
import { SandboxProductOrder } from './store/sandbox-records';
import { getJson, issueToken, kstParam } from './testing/sandbox-test-client';

const CLOCK_START = Date.parse('2026-03-02T09:00:00.000+09:00');
const DAY = 86_400_000;

/** Claim statuses that end a claim; a snapshot of it must then be in completedClaims. */
const FINAL_CLAIM_STATUSES = [
  'CANCEL_DONE',
  'CANCEL_REJECT',
  'RETURN_DONE',
  'RETURN_REJECT',
  'EXCHANGE_DONE',
  'EXCHANGE_REJECT',
];

describe('the generated data', () => {
  let sandbox: EmbeddedSandbox;
  let records: SandboxProductOrder[];

  beforeAll(async () => {
    sandbox = await startEmbeddedSandbox({ now: () => CLOCK_START, seed: 7 });
    records = sandbox.store.list();
  });

  afterAll(() => sandbox.close());

  it('is identical for the same seed and clock, and differs for another seed', async () => {
    const twin = await startEmbeddedSandbox({ now: () => CLOCK_START, seed: 7 });
    const other = await startEmbeddedSandbox({ now: () => CLOCK_START, seed: 8 });

    try {
      expect(twin.store.list()).toEqual(records);
      expect(other.store.list()).not.toEqual(records);
    } finally {
      await Promise.all([twin.close(), other.close()]);
    }
  });

  it('answers identically over HTTP for the same seed and clock', async () => {
    const twin = await startEmbeddedSandbox({ now: () => CLOCK_START, seed: 7 });
    const query =
      '/v1/pay-order/mall/product-orders/last-changed-statuses' +
      `?lastChangedFrom=${kstParam(CLOCK_START - DAY)}`;

    try {
      const [mine, theirs] = await Promise.all(
        [sandbox, twin].map(async (each) => {
          const response = await getJson(each, query, await issueToken(each, CLOCK_START));

          return response.body.data;
        }),
      );

      expect(theirs).toEqual(mine);
      expect(mine.count).toBeGreaterThan(0);
    } finally {
      await twin.close();
    }
  });

  it('holds 600 product orders in orders of 1 to 4', () => {
    const sizes = countBy(records, (record) => record.order.orderId);

    expect(records).toHaveLength(600);
    expect(Math.min(...sizes.values())).toBe(1);
    expect(Math.max(...sizes.values())).toBeLessThanOrEqual(4);
    expect(Math.max(...sizes.values())).toBeGreaterThan(1);
  });

  it('covers every product order status and the claim states', () => {
    const statuses = new Set(records.map((record) => record.productOrderStatus));
    const payed = records.filter((record) => record.productOrderStatus === 'PAYED');
    const claimStatuses = new Set(records.map((record) => record.currentClaim?.claimStatus));

    expect([...statuses].sort()).toEqual(
      [
        'PAYMENT_WAITING',
        'PAYED',
        'DELIVERING',
        'DELIVERED',
        'PURCHASE_DECIDED',
        'EXCHANGED',
        'CANCELED',
        'RETURNED',
        'CANCELED_BY_NOPAYMENT',
      ].sort(),
    );
    expect(new Set(payed.map((record) => record.placeOrderStatus))).toEqual(
      new Set(['NOT_YET', 'OK']),
    );
    for (const claimStatus of [
      'CANCEL_REQUEST',
      'CANCELING',
      'CANCEL_DONE',
      'CANCEL_REJECT',
      'RETURN_REQUEST',
      'COLLECTING',
      'COLLECT_DONE',
      'RETURN_DONE',
      'RETURN_REJECT',
      'EXCHANGE_REQUEST',
      'EXCHANGE_REDELIVERING',
      'EXCHANGE_DONE',
      'EXCHANGE_REJECT',
    ]) {
      expect(claimStatuses).toContain(claimStatus);
    }
    expect(records.some((record) => record.currentClaim?.holdback !== undefined)).toBe(true);
  });

  it('spreads the changes over the 7 days before the clock, without piling them up', () => {
    const changedAt = records.map((record) => record.lastChangedDate);
    const perInstant = countBy(records, (record) => record.lastChangedDate);
    const busiestInstant = Math.max(...perInstant.values());

    expect(Math.max(...changedAt)).toBeLessThan(CLOCK_START);
    expect(Math.min(...records.map((record) => record.order.orderDate))).toBeGreaterThanOrEqual(
      CLOCK_START - 7 * DAY,
    );
    // Histories run forward from the order, so recent days see more changes, but every day
    // of the week has some and no day holds most of them.
    for (let day = 0; day < 7; day += 1) {
      const start = CLOCK_START - (day + 1) * DAY;
      const inDay = changedAt.filter((at) => at >= start && at < start + DAY);

      expect(inDay.length).toBeGreaterThan(10);
      expect(inDay.length).toBeLessThan(records.length / 2);
    }
    // Product orders of one order can share their payment instant, nothing more.
    expect(busiestInstant).toBeLessThanOrEqual(4);
  });

  it('uses 16-digit ids that start with the KST order date', () => {
    for (const record of records) {
      const orderDay = toKstDate(record.order.orderDate).replaceAll('-', '');

      expect(record.productOrderId).toMatch(new RegExp(`^${orderDay}\\d{8}$`));
      expect(record.order.orderId).toMatch(new RegExp(`^${orderDay}\\d{8}$`));
    }
    expect(new Set(records.map((record) => record.productOrderId)).size).toBe(records.length);
  });

  it('splits each order payment over the means so it adds up to what was charged', () => {
    const byOrder = new Map<string, SandboxProductOrder[]>();

    records.forEach((record) => {
      byOrder.set(record.order.orderId, [...(byOrder.get(record.order.orderId) ?? []), record]);
    });

    for (const lines of byOrder.values()) {
      const order = lines[0].order;
      const charged = lines.reduce(
        (sum, line) => sum + chargedAmount(line.product, line.quantity),
        0,
      );
      const paid =
        order.generalPaymentAmount +
        order.naverMileagePaymentAmount +
        order.chargeAmountPaymentAmount +
        order.payLaterPaymentAmount;

      expect(paid).toBe(charged);
    }
  });

  it('keeps state fields consistent with the status and the last change', () => {
    for (const record of records) {
      const claim = record.currentClaim;
      const shipped = ['DELIVERING', 'DELIVERED', 'PURCHASE_DECIDED', 'RETURNED', 'EXCHANGED'];

      expect(record.delivery !== undefined).toBe(shipped.includes(record.productOrderStatus));
      expect(record.order.paymentDate !== undefined).toBe(
        !['PAYMENT_WAITING', 'CANCELED_BY_NOPAYMENT'].includes(record.productOrderStatus),
      );
      expect(record.lastChangedDate).toBeGreaterThanOrEqual(record.order.orderDate);

      if (claim !== undefined && FINAL_CLAIM_STATUSES.includes(claim.claimStatus)) {
        expect(record.completedClaims.at(-1)).toEqual(claim);
      }

      expect(expectedLastChangedType(record)).toContain(record.lastChangedType);
    }
  });

  it('gives returned and cancelled lines no remaining quantity', () => {
    for (const record of records) {
      const isGone = ['CANCELED', 'RETURNED', 'CANCELED_BY_NOPAYMENT'].includes(
        record.productOrderStatus,
      );

      expect(record.remainQuantity).toBe(isGone ? 0 : record.quantity);
    }
  });
});

describe('store test hooks', () => {
  let sandbox: EmbeddedSandbox;

  beforeAll(async () => {
    sandbox = await startEmbeddedSandbox({ now: () => CLOCK_START, productOrderCount: 50 });
  });

  afterAll(() => sandbox.close());

  it('generates product orders in a chosen state at a chosen instant', () => {
    const at = CLOCK_START + 123;
    const created = sandbox.store.generate({
      count: 10,
      scenario: 'EXCHANGE_REDELIVERING',
      lastChangedDate: new Date(at),
      productOrdersPerOrder: 2,
    });

    expect(created).toHaveLength(10);
    expect(new Set(created.map((record) => record.order.orderId)).size).toBe(5);
    for (const record of created) {
      expect(record).toMatchObject({
        productOrderStatus: 'DELIVERED',
        lastChangedDate: at,
        lastChangedType: 'CLAIM_REDELIVERING',
        currentClaim: { claimType: 'EXCHANGE', claimStatus: 'EXCHANGE_REDELIVERING' },
      });
    }
    expect(sandbox.store.size).toBe(60);
  });

  it('hands out copies, so changes go through update/transition/touch', () => {
    const [record] = sandbox.store.list();

    record.productOrderStatus = 'RETURNED';

    expect(sandbox.store.get(record.productOrderId)?.productOrderStatus).not.toBe('RETURNED');
  });

  it('applies transitions and moves the change index with them', () => {
    const [payed] = sandbox.store.generate({ count: 1, scenario: 'PAYED_OK' });
    const dispatchedAt = CLOCK_START + 5 * DAY;

    sandbox.store.transition(
      payed.productOrderId,
      'dispatch',
      { deliveryMethod: 'DELIVERY', deliveryCompany: 'CJGLS', trackingNumber: '123456789012' },
      dispatchedAt,
    );

    const page = sandbox.store.pageOfChanges({ from: dispatchedAt, to: dispatchedAt, limit: 10 });

    expect(page.items.map((item) => item.productOrderId)).toEqual([payed.productOrderId]);
    expect(page.items[0]).toMatchObject({
      productOrderStatus: 'DELIVERING',
      lastChangedType: 'DISPATCHED',
      delivery: { deliveryCompany: 'CJGLS', sendDate: dispatchedAt },
    });
  });

  it('touches lastChangedDate, keeping the type unless one is given', () => {
    const [record] = sandbox.store.generate({ count: 1, scenario: 'DELIVERED' });
    const touched = sandbox.store.touch(record.productOrderId, undefined, CLOCK_START + 1);
    const retyped = sandbox.store.touch(record.productOrderId, 'PURCHASE_DECIDED');

    expect(touched).toMatchObject({
      lastChangedDate: CLOCK_START + 1,
      lastChangedType: 'DISPATCHED',
    });
    expect(retyped).toMatchObject({
      lastChangedDate: CLOCK_START,
      lastChangedType: 'PURCHASE_DECIDED',
    });
  });

  it('inserts records built by a test, joining known orders', () => {
    const [template] = sandbox.store.list();
    const productOrderId = `${template.productOrderId.slice(0, 8)}99999999`;

    sandbox.store.insert({ ...template, productOrderId });

    expect(sandbox.store.productOrderIdsOf(template.order.orderId)).toContain(productOrderId);
    expect(() => sandbox.store.insert({ ...template, productOrderId })).toThrow(/already has/);
    expect(() => sandbox.store.insert({ ...template, productOrderId: '123' })).toThrow(/16 digits/);
  });
});

function countBy<Item, Key>(items: readonly Item[], keyOf: (item: Item) => Key): Map<Key, number> {
  const counts = new Map<Key, number>();

  for (const item of items) {
    counts.set(keyOf(item), (counts.get(keyOf(item)) ?? 0) + 1);
  }

  return counts;
}

/** The lastChangedType values each state can show (several where a state has no enum value). */
function expectedLastChangedType(record: SandboxProductOrder): string[] {
  const claimStatus = record.currentClaim?.claimStatus;

  switch (claimStatus) {
    case 'CANCEL_REQUEST':
    case 'CANCELING':
    case 'RETURN_REQUEST':
    case 'EXCHANGE_REQUEST':
    case 'COLLECTING':
      return ['CLAIM_REQUESTED'];
    case 'COLLECT_DONE':
      return ['COLLECT_DONE'];
    case 'EXCHANGE_REDELIVERING':
      return ['CLAIM_REDELIVERING'];
    case 'CANCEL_DONE':
    case 'RETURN_DONE':
    case 'EXCHANGE_DONE':
      return ['CLAIM_COMPLETED'];
    case 'CANCEL_REJECT':
    case 'RETURN_REJECT':
    case 'EXCHANGE_REJECT':
      return ['CLAIM_REJECTED'];
  }

  switch (record.productOrderStatus) {
    case 'PAYMENT_WAITING':
    case 'CANCELED_BY_NOPAYMENT':
      return ['PAY_WAITING'];
    case 'PAYED':
      return record.receiverAddressChanged ? ['DELIVERY_ADDRESS_CHANGED'] : ['PAYED'];
    case 'DELIVERING':
    case 'DELIVERED':
      return ['DISPATCHED'];
    case 'PURCHASE_DECIDED':
      return ['PURCHASE_DECIDED'];
    default:
      return [];
  }
}
