import { toKstDateTime } from '../common/time/kst';
import { SandboxScenarioName } from './generator/sandbox-scenarios';
import { PRODUCT_ORDERS_PATH, sandboxForSuite, succeeded } from './testing/sandbox-test-client';

const MINUTE = 60_000;

interface Expected {
  productOrderStatus: string;
  claimStatus?: string;
  lastChangedType: string;
}

/**
 * The lifecycles of reference section 6, each walked step by step: the seller through the
 * write operations, buyers, couriers and timers through `sandbox.simulate`. After every step
 * #2 must show the new state and #1 must list the change at that instant with its type.
 */
describe('product order lifecycles', () => {
  const suite = sandboxForSuite({ productOrderCount: 30 });
  const { clock } = suite;
  let trackingSerial = 510_000_000_000;

  const created = (scenario: SandboxScenarioName): string =>
    suite.sandbox.simulate.createProductOrder(scenario).productOrderId;

  /** Moves the clock, then lets `act` change the product order at the new instant. */
  const step = async (act: () => unknown): Promise<void> => {
    clock.advance(MINUTE);
    await act();
  };

  const seller = async (productOrderId: string, action: string, body?: unknown) => {
    clock.advance(MINUTE);

    const response = await suite.api.write(productOrderId, action, body);

    expect(response.body.data).toEqual(succeeded(productOrderId));
  };

  const dispatch = async (productOrderId: string) => {
    clock.advance(MINUTE);

    const response = await suite.api.post(`${PRODUCT_ORDERS_PATH}/dispatch`, {
      dispatchProductOrders: [
        {
          productOrderId,
          deliveryMethod: 'DELIVERY',
          deliveryCompanyCode: 'HANJIN',
          trackingNumber: String((trackingSerial += 1)),
          dispatchDate: toKstDateTime(clock.current),
        },
      ],
    });

    expect(response.body.data).toEqual(succeeded(productOrderId));
  };

  /** #2 shows the state and #1 lists the change at the current instant. */
  const expectNow = async (productOrderId: string, expected: Expected) => {
    const detail = await suite.api.detail(productOrderId);
    const change = await suite.api.changeAt(productOrderId, clock.current);

    expect(detail.productOrder.productOrderStatus).toBe(expected.productOrderStatus);
    expect(detail.productOrder.claimStatus).toBe(expected.claimStatus);
    expect(change).toMatchObject({
      lastChangedType: expected.lastChangedType,
      productOrderStatus: expected.productOrderStatus,
    });

    return detail;
  };

  it('paid → confirmed → dispatched → delivered → decided', async () => {
    const id = created('PAYED_NOT_YET');

    await step(() => suite.api.post(`${PRODUCT_ORDERS_PATH}/confirm`, { productOrderIds: [id] }));
    await expectNow(id, { productOrderStatus: 'PAYED', lastChangedType: 'PAYED' });

    await dispatch(id);
    await expectNow(id, { productOrderStatus: 'DELIVERING', lastChangedType: 'DISPATCHED' });

    await step(() => suite.sandbox.simulate.deliveryCompleted(id));

    const delivered = await expectNow(id, {
      productOrderStatus: 'DELIVERED',
      lastChangedType: 'DISPATCHED',
    });

    expect(delivered.delivery).toMatchObject({
      deliveryStatus: 'DELIVERY_COMPLETION',
      deliveredDate: toKstDateTime(clock.current),
    });

    await step(() => suite.sandbox.simulate.purchaseDecided(id));

    const decided = await expectNow(id, {
      productOrderStatus: 'PURCHASE_DECIDED',
      lastChangedType: 'PURCHASE_DECIDED',
    });

    expect(decided.productOrder.decisionDate).toBe(toKstDateTime(clock.current));
  });

  it('buyer cancel before 발주 확인: done at once', async () => {
    const id = created('PAYED_NOT_YET');

    await step(() => suite.sandbox.simulate.buyerRequestsCancel(id, { detailedReason: '변심 🙏' }));

    const detail = await expectNow(id, {
      productOrderStatus: 'CANCELED',
      claimStatus: 'CANCEL_DONE',
      lastChangedType: 'CLAIM_COMPLETED',
    });

    expect(detail.currentClaim.cancel).toMatchObject({
      requestChannel: '구매자',
      cancelDetailedReason: '변심 🙏',
    });
  });

  it('buyer cancel after 발주 확인: waits, then the seller approves', async () => {
    const id = created('PAYED_OK');

    await step(() => suite.sandbox.simulate.buyerRequestsCancel(id));
    await expectNow(id, {
      productOrderStatus: 'PAYED',
      claimStatus: 'CANCEL_REQUEST',
      lastChangedType: 'CLAIM_REQUESTED',
    });

    await seller(id, 'claim/cancel/approve');
    await expectNow(id, {
      productOrderStatus: 'CANCELED',
      claimStatus: 'CANCEL_DONE',
      lastChangedType: 'CLAIM_COMPLETED',
    });
  });

  it('buyer withdraws the cancel, and the order ships after all', async () => {
    const id = created('PAYED_OK');

    await step(() => suite.sandbox.simulate.buyerRequestsCancel(id));
    await step(() => suite.sandbox.simulate.buyerWithdrawsCancel(id));
    await expectNow(id, {
      productOrderStatus: 'PAYED',
      claimStatus: 'CANCEL_REJECT',
      lastChangedType: 'CLAIM_REJECTED',
    });

    await dispatch(id);
    await expectNow(id, {
      productOrderStatus: 'DELIVERING',
      claimStatus: 'CANCEL_REJECT',
      lastChangedType: 'DISPATCHED',
    });
  });

  it('seller cancel of an unpaid order', async () => {
    const id = created('PAYMENT_WAITING');

    await seller(id, 'claim/cancel/request', { cancelReason: 'SOLD_OUT' });
    await expectNow(id, {
      productOrderStatus: 'CANCELED',
      claimStatus: 'CANCEL_DONE',
      lastChangedType: 'CLAIM_COMPLETED',
    });
  });

  it('return requested, picked up, collected, held, released, approved', async () => {
    const id = created('DELIVERED');

    await step(() => suite.sandbox.simulate.buyerRequestsReturn(id, { reason: 'BROKEN' }));
    await expectNow(id, {
      productOrderStatus: 'DELIVERED',
      claimStatus: 'RETURN_REQUEST',
      lastChangedType: 'CLAIM_REQUESTED',
    });

    await step(() => suite.sandbox.simulate.pickupStarted(id));
    await expectNow(id, {
      productOrderStatus: 'DELIVERED',
      claimStatus: 'COLLECTING',
      lastChangedType: 'CLAIM_REQUESTED',
    });

    await step(() => suite.sandbox.simulate.goodsCollected(id));
    await expectNow(id, {
      productOrderStatus: 'DELIVERED',
      claimStatus: 'COLLECT_DONE',
      lastChangedType: 'COLLECT_DONE',
    });

    await seller(id, 'claim/return/holdback', {
      holdbackClassType: 'RETURN_PRODUCT_NOT_DELIVERED',
      holdbackReturnDetailReason: '미입고',
    });
    await seller(id, 'claim/return/holdback/release');
    await seller(id, 'claim/return/approve');

    const detail = await expectNow(id, {
      productOrderStatus: 'RETURNED',
      claimStatus: 'RETURN_DONE',
      lastChangedType: 'CLAIM_COMPLETED',
    });

    expect(detail.currentClaim.return).toMatchObject({
      holdbackStatus: 'RELEASED',
      collectStatus: 'DELIVERED',
    });
    expect(detail.completedClaims).toEqual([
      expect.objectContaining({ claimType: 'RETURN', claimStatus: 'RETURN_DONE' }),
    ]);
  });

  it('return rejected: the goods stay with the buyer, who then decides', async () => {
    const id = created('DELIVERING');

    await step(() => suite.sandbox.simulate.buyerRequestsReturn(id));
    await seller(id, 'claim/return/reject', { rejectReturnReason: '단순 변심 반품 기간 경과' });
    await expectNow(id, {
      productOrderStatus: 'DELIVERING',
      claimStatus: 'RETURN_REJECT',
      lastChangedType: 'CLAIM_REJECTED',
    });

    await step(() => suite.sandbox.simulate.deliveryCompleted(id));
    await step(() => suite.sandbox.simulate.purchaseDecided(id));
    await expectNow(id, {
      productOrderStatus: 'PURCHASE_DECIDED',
      claimStatus: 'RETURN_REJECT',
      lastChangedType: 'PURCHASE_DECIDED',
    });
  });

  it('exchange requested, collected, held, released, re-dispatched, done, decided', async () => {
    const id = created('DELIVERED');

    await step(() => suite.sandbox.simulate.buyerRequestsExchange(id));
    await expectNow(id, {
      productOrderStatus: 'DELIVERED',
      claimStatus: 'EXCHANGE_REQUEST',
      lastChangedType: 'CLAIM_REQUESTED',
    });

    await step(() => suite.sandbox.simulate.pickupStarted(id));
    await seller(id, 'claim/exchange/collect/complete');
    await expectNow(id, {
      productOrderStatus: 'DELIVERED',
      claimStatus: 'COLLECT_DONE',
      lastChangedType: 'COLLECT_DONE',
    });

    await seller(id, 'claim/exchange/holdback', {
      holdbackClassType: 'EXCHANGE_PRODUCT_READY',
      holdbackExchangeDetailReason: '교환 상품 입고 대기',
    });
    await seller(id, 'claim/exchange/holdback/release');
    await seller(id, 'claim/exchange/dispatch', {
      reDeliveryMethod: 'DELIVERY',
      reDeliveryCompany: 'CJGLS',
      reDeliveryTrackingNumber: String((trackingSerial += 1)),
    });
    await expectNow(id, {
      productOrderStatus: 'DELIVERED',
      claimStatus: 'EXCHANGE_REDELIVERING',
      lastChangedType: 'CLAIM_REDELIVERING',
    });

    await step(() => suite.sandbox.simulate.exchangeRedeliveryCompleted(id));
    await expectNow(id, {
      productOrderStatus: 'EXCHANGED',
      claimStatus: 'EXCHANGE_DONE',
      lastChangedType: 'CLAIM_COMPLETED',
    });

    await step(() => suite.sandbox.simulate.purchaseDecided(id));

    const detail = await expectNow(id, {
      productOrderStatus: 'PURCHASE_DECIDED',
      claimStatus: 'EXCHANGE_DONE',
      lastChangedType: 'PURCHASE_DECIDED',
    });

    expect(detail.completedClaims).toEqual([
      expect.objectContaining({ claimType: 'EXCHANGE', claimStatus: 'EXCHANGE_DONE' }),
    ]);
  });

  it('exchange rejected, then a return opens and keeps the exchange as beforeClaim', async () => {
    const id = created('DELIVERED');

    await step(() => suite.sandbox.simulate.buyerRequestsExchange(id));
    await seller(id, 'claim/exchange/reject', { rejectExchangeReason: '재고 없음' });
    await expectNow(id, {
      productOrderStatus: 'DELIVERED',
      claimStatus: 'EXCHANGE_REJECT',
      lastChangedType: 'CLAIM_REJECTED',
    });

    await step(() => suite.sandbox.simulate.buyerRequestsReturn(id));

    const detail = await expectNow(id, {
      productOrderStatus: 'DELIVERED',
      claimStatus: 'RETURN_REQUEST',
      lastChangedType: 'CLAIM_REQUESTED',
    });

    expect(detail.beforeClaim.exchange.claimStatus).toBe('EXCHANGE_REJECT');
  });

  it('buyer changes the address; 발주 확인 then says so', async () => {
    const id = created('PAYED_NOT_YET');

    await step(() => suite.sandbox.simulate.buyerChangesAddress(id, { detailedAddress: '5층 🏢' }));

    const detail = await expectNow(id, {
      productOrderStatus: 'PAYED',
      lastChangedType: 'DELIVERY_ADDRESS_CHANGED',
    });

    expect(detail.productOrder.shippingAddress.detailedAddress).toBe('5층 🏢');
    expect((await suite.api.changeAt(id, clock.current)).receiverAddressChanged).toBe(true);

    clock.advance(MINUTE);

    const confirmed = await suite.api.post(`${PRODUCT_ORDERS_PATH}/confirm`, {
      productOrderIds: [id],
    });

    expect(confirmed.body.data.successProductOrderInfos).toEqual([
      { productOrderId: id, isReceiverAddressChanged: true },
    ]);
  });

  describe('the simulator', () => {
    it.each([
      ['deliveryCompleted', 'PAYED_OK', /DELIVERING.*it is PAYED/],
      ['buyerWithdrawsCancel', 'PAYED_OK', /CANCEL_REQUEST.*it is PAYED/],
      ['pickupStarted', 'DELIVERED', /it is DELIVERED .*no claim/],
      ['goodsCollected', 'RETURN_COLLECT_DONE', /claim RETURN COLLECT_DONE/],
      ['exchangeRedeliveryCompleted', 'EXCHANGE_REQUEST', /claim EXCHANGE EXCHANGE_REQUEST/],
      ['purchaseDecided', 'RETURN_REQUEST', /claim RETURN RETURN_REQUEST/],
      ['buyerChangesAddress', 'DELIVERING', /it is DELIVERING/],
      ['buyerRequestsCancel', 'DELIVERED', /it is DELIVERED/],
      ['buyerRequestsReturn', 'PAYED_OK', /it is PAYED/],
      ['buyerRequestsExchange', 'PURCHASE_DECIDED', /it is PURCHASE_DECIDED/],
    ] as const)('refuses %s on %s, naming the state', (hook, scenario, message) => {
      const id = created(scenario);
      const before = suite.sandbox.store.get(id);

      expect(() => suite.sandbox.simulate[hook](id)).toThrow(message);
      expect(suite.sandbox.store.get(id)).toEqual(before);
    });

    it('refuses an unknown product order', () => {
      expect(() => suite.sandbox.simulate.deliveryCompleted('2026030199999999')).toThrow(
        /no product order 2026030199999999/,
      );
    });

    it.each([
      ['PAYED_NOT_YET', 'PAYED', undefined, 'PAYED'],
      ['PAYED_OK', 'PAYED', undefined, 'PAYED'],
      ['DELIVERING', 'DELIVERING', undefined, 'DISPATCHED'],
      ['DELIVERED', 'DELIVERED', undefined, 'DISPATCHED'],
      ['CANCEL_REQUEST', 'PAYED', 'CANCEL_REQUEST', 'CLAIM_REQUESTED'],
      ['RETURN_REQUEST', 'DELIVERED', 'RETURN_REQUEST', 'CLAIM_REQUESTED'],
      ['EXCHANGE_REQUEST', 'DELIVERED', 'EXCHANGE_REQUEST', 'CLAIM_REQUESTED'],
      ['RETURN_HOLDBACK', 'DELIVERED', 'COLLECT_DONE', 'COLLECT_DONE'],
    ] as const)(
      'creates a %s product order whose last change is now',
      async (scenario, status, claimStatus, lastChangedType) => {
        clock.advance(MINUTE);

        const id = created(scenario);

        await expectNow(id, { productOrderStatus: status, claimStatus, lastChangedType });
      },
    );

    it('creates a line of a chosen quantity, for partial claims', () => {
      const record = suite.sandbox.simulate.createProductOrder('DELIVERED', { quantity: 3 });

      expect(record).toMatchObject({ quantity: 3, remainQuantity: 3 });

      suite.sandbox.simulate.buyerRequestsReturn(record.productOrderId, { quantity: 1 });

      expect(suite.sandbox.store.get(record.productOrderId)?.currentClaim?.requestQuantity).toBe(1);
    });
  });
});
