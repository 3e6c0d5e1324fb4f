import { JsonBody } from '../src/sandbox/testing/sandbox-test-client';
import { gatewayForSuite, ReadBack } from './support/gateway-caller';

/**
 * Whole lifecycles of reference section 6, the seller's steps through the gateway, the buyer's,
 * couriers' and timers' through the sandbox's simulator. After each step the product order is
 * read back through the gateway's own queries: its status, and the type of the change that
 * step made, listed by last-changed-statuses.
 */
describe('product order lifecycles through the gateway', () => {
  const api = gatewayForSuite();

  /** A step by the seller through the gateway, which must succeed, then the read-back. */
  const seller = async (
    id: string,
    send: () => Promise<{ status: number; body: JsonBody }>,
    expected: ReadBack,
  ) => {
    const since = api.gateway.clock.now();
    const answer = await send();

    expect(answer.status).toBe(200);
    expect(answer.body.outcome).toBe('SUCCEEDED');
    expect(await api.readBack(id, since)).toEqual(expected);
  };

  const sellerWrite = (id: string, action: string, expected: ReadBack, body?: JsonBody) =>
    seller(id, () => api.write(id, action, body), expected);

  /** A step by someone else, simulated in the sandbox, then the read-back. */
  const elsewhere = async (id: string, act: () => unknown, expected: ReadBack) => {
    const since = api.gateway.clock.now();

    act();
    expect(await api.readBack(id, since)).toEqual(expected);
  };

  it('paid → confirmed → dispatched → delivered → decided', async () => {
    const id = api.created('PAYED_NOT_YET');

    await seller(id, () => api.post('/v1/product-orders/confirm', { productOrderIds: [id] }), {
      productOrderStatus: 'PAYED',
      lastChangedType: 'PAYED',
    });
    await seller(
      id,
      () =>
        api.post('/v1/product-orders/dispatch', {
          dispatchProductOrders: [api.parcelDispatch(id)],
        }),
      { productOrderStatus: 'DELIVERING', lastChangedType: 'DISPATCHED' },
    );
    await elsewhere(id, () => api.gateway.sandbox.simulate.deliveryCompleted(id), {
      productOrderStatus: 'DELIVERED',
      lastChangedType: 'DISPATCHED',
    });
    expect((await api.detail(id)).delivery.deliveryStatus).toBe('DELIVERY_COMPLETION');
    await elsewhere(id, () => api.gateway.sandbox.simulate.purchaseDecided(id), {
      productOrderStatus: 'PURCHASE_DECIDED',
      lastChangedType: 'PURCHASE_DECIDED',
    });
  });

  it('the buyer asks to cancel after 발주 확인, and the seller approves', async () => {
    const id = api.created('PAYED_OK');

    await elsewhere(id, () => api.gateway.sandbox.simulate.buyerRequestsCancel(id), {
      productOrderStatus: 'PAYED',
      claimStatus: 'CANCEL_REQUEST',
      lastChangedType: 'CLAIM_REQUESTED',
    });
    await sellerWrite(id, 'claim/cancel/approve', {
      productOrderStatus: 'CANCELED',
      claimStatus: 'CANCEL_DONE',
      lastChangedType: 'CLAIM_COMPLETED',
    });
  });

  it('the seller cancels an order before dispatch', async () => {
    const id = api.created('PAYED_NOT_YET');

    await sellerWrite(
      id,
      'claim/cancel/request',
      {
        productOrderStatus: 'CANCELED',
        claimStatus: 'CANCEL_DONE',
        lastChangedType: 'CLAIM_COMPLETED',
      },
      { cancelReason: 'SOLD_OUT', cancelDetailedReason: '품절되었습니다' },
    );

    const refused = await api.post('/v1/product-orders/dispatch', {
      dispatchProductOrders: [api.parcelDispatch(id)],
    });

    expect(refused.status).toBe(207);
    expect(refused.body.failed[0]).toMatchObject({ productOrderId: id, code: '104442' });
  });

  it('return requested, collected, held back, released, approved', async () => {
    const id = api.created('DELIVERED');
    const collecting = { productOrderStatus: 'DELIVERED', claimStatus: 'COLLECT_DONE' };

    await elsewhere(
      id,
      () => api.gateway.sandbox.simulate.buyerRequestsReturn(id, { reason: 'BROKEN' }),
      {
        productOrderStatus: 'DELIVERED',
        claimStatus: 'RETURN_REQUEST',
        lastChangedType: 'CLAIM_REQUESTED',
      },
    );
    await elsewhere(id, () => api.gateway.sandbox.simulate.pickupStarted(id), {
      productOrderStatus: 'DELIVERED',
      claimStatus: 'COLLECTING',
      lastChangedType: 'CLAIM_REQUESTED',
    });
    await elsewhere(id, () => api.gateway.sandbox.simulate.goodsCollected(id), {
      ...collecting,
      lastChangedType: 'COLLECT_DONE',
    });
    await sellerWrite(
      id,
      'claim/return/holdback',
      { ...collecting, lastChangedType: 'COLLECT_DONE' },
      { holdbackClassType: 'RETURN_PRODUCT_NOT_DELIVERED', holdbackReturnDetailReason: '미입고' },
    );

    const held = await api.write(id, 'claim/return/approve');

    expect(held.body).toMatchObject({
      code: 'PRODUCT_ORDER_STATE_CONFLICT',
      upstreamCode: '104442',
    });

    await sellerWrite(id, 'claim/return/holdback/release', {
      ...collecting,
      lastChangedType: 'COLLECT_DONE',
    });
    await sellerWrite(id, 'claim/return/approve', {
      productOrderStatus: 'RETURNED',
      claimStatus: 'RETURN_DONE',
      lastChangedType: 'CLAIM_COMPLETED',
    });

    const detail = await api.detail(id);

    expect(detail.currentClaim.return).toMatchObject({
      holdbackStatus: 'RELEASED',
      holdbackDetailedReason: '미입고',
    });
    expect(detail.completedClaims).toEqual([
      expect.objectContaining({ claimType: 'RETURN', claimStatus: 'RETURN_DONE' }),
    ]);
  });

  it('the seller registers a return and then rejects it; the buyer decides', async () => {
    const id = api.created('DELIVERED');

    await sellerWrite(
      id,
      'claim/return/request',
      {
        productOrderStatus: 'DELIVERED',
        claimStatus: 'RETURN_REQUEST',
        lastChangedType: 'CLAIM_REQUESTED',
      },
      { returnReason: 'INTENT_CHANGED', collectDeliveryMethod: 'RETURN_DESIGNATED' },
    );
    await sellerWrite(
      id,
      'claim/return/reject',
      {
        productOrderStatus: 'DELIVERED',
        claimStatus: 'RETURN_REJECT',
        lastChangedType: 'CLAIM_REJECTED',
      },
      { rejectReturnReason: '반품 기간이 지났습니다' },
    );
    await elsewhere(id, () => api.gateway.sandbox.simulate.purchaseDecided(id), {
      productOrderStatus: 'PURCHASE_DECIDED',
      claimStatus: 'RETURN_REJECT',
      lastChangedType: 'PURCHASE_DECIDED',
    });
  });

  it('exchange requested, collected, held back, released, re-dispatched, done', async () => {
    const id = api.created('DELIVERED');
    const collected = { productOrderStatus: 'DELIVERED', claimStatus: 'COLLECT_DONE' };
    const trackingNumber = api.newTrackingNumber();

    await elsewhere(id, () => api.gateway.sandbox.simulate.buyerRequestsExchange(id), {
      productOrderStatus: 'DELIVERED',
      claimStatus: 'EXCHANGE_REQUEST',
      lastChangedType: 'CLAIM_REQUESTED',
    });

    const early = await api.write(id, 'claim/exchange/dispatch', {
      reDeliveryMethod: 'DELIVERY',
      reDeliveryCompany: 'CJGLS',
      reDeliveryTrackingNumber: trackingNumber,
    });

    expect(early.body).toMatchObject({
      code: 'PRODUCT_ORDER_STATE_CONFLICT',
      upstreamCode: '104417',
    });

    await sellerWrite(id, 'claim/exchange/collect/complete', {
      ...collected,
      lastChangedType: 'COLLECT_DONE',
    });
    await sellerWrite(
      id,
      'claim/exchange/holdback',
      { ...collected, lastChangedType: 'COLLECT_DONE' },
      { holdbackClassType: 'EXCHANGE_PRODUCT_READY', holdbackExchangeDetailReason: '입고 대기' },
    );
    await sellerWrite(id, 'claim/exchange/holdback/release', {
      ...collected,
      lastChangedType: 'COLLECT_DONE',
    });
    await sellerWrite(
      id,
      'claim/exchange/dispatch',
      {
        productOrderStatus: 'DELIVERED',
        claimStatus: 'EXCHANGE_REDELIVERING',
        lastChangedType: 'CLAIM_REDELIVERING',
      },
      {
        reDeliveryMethod: 'DELIVERY',
        reDeliveryCompany: 'CJGLS',
        reDeliveryTrackingNumber: trackingNumber,
      },
    );
    expect((await api.detail(id)).currentClaim.exchange).toMatchObject({
      reDeliveryCompany: 'CJGLS',
      reDeliveryTrackingNumber: trackingNumber,
    });
    await elsewhere(id, () => api.gateway.sandbox.simulate.exchangeRedeliveryCompleted(id), {
      productOrderStatus: 'EXCHANGED',
      claimStatus: 'EXCHANGE_DONE',
      lastChangedType: 'CLAIM_COMPLETED',
    });
  });

  it('exchange requested and rejected', async () => {
    const id = api.created('DELIVERED');

    await elsewhere(id, () => api.gateway.sandbox.simulate.buyerRequestsExchange(id), {
      productOrderStatus: 'DELIVERED',
      claimStatus: 'EXCHANGE_REQUEST',
      lastChangedType: 'CLAIM_REQUESTED',
    });
    await sellerWrite(
      id,
      'claim/exchange/reject',
      {
        productOrderStatus: 'DELIVERED',
        claimStatus: 'EXCHANGE_REJECT',
        lastChangedType: 'CLAIM_REJECTED',
      },
      { rejectExchangeReason: '재고가 없습니다 😢' },
    );
    expect((await api.detail(id)).currentClaim.exchange.claimStatus).toBe('EXCHANGE_REJECT');

    const again = await api.write(id, 'claim/exchange/reject', {
      rejectExchangeReason: '재고 없음',
    });

    expect(again.body).toMatchObject({
      code: 'PRODUCT_ORDER_STATE_CONFLICT',
      upstreamCode: '105306',
    });
  });
});
