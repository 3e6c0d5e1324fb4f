import { toKstDateTime } from '../common/time/kst';
import { SandboxScenarioName } from './generator/sandbox-scenarios';
import { JsonBody, refused, sandboxForSuite, succeeded } from './testing/sandbox-test-client';

const MINUTE = 60_000;

/** Hangul, a decomposed (NFD) 한, an emoji ZWJ sequence and a skin tone: nothing normalised. */
const TRICKY_TEXT = '품절로 취소합니다 \u1112\u1161\u11ab 👨‍👩‍👧 👍🏽 "따옴표" \\ 끝';

describe('claim writes (#8–#19)', () => {
  const suite = sandboxForSuite({ productOrderCount: 60 });
  const { clock, created } = suite;

  /** Writes, expecting the product order refused with `code`. */
  const expectRefused = async (
    scenario: SandboxScenarioName,
    action: string,
    code: string,
    body?: unknown,
  ) => {
    const productOrderId = created(scenario);
    const response = await suite.api.write(productOrderId, action, body);

    expect(response.status).toBe(200);
    expect(response.body.data).toEqual(refused(productOrderId, code));
  };

  describe('취소 요청 (#8) and 취소 요청 승인 (#9)', () => {
    const cancel = { cancelReason: 'SOLD_OUT', cancelDetailedReason: '재고가 없어요' };

    it('cancels a paid order at once: CANCEL_DONE, CANCELED, CLAIM_COMPLETED', async () => {
      const productOrderId = created('PAYED_OK');

      const response = await suite.api.write(productOrderId, 'claim/cancel/request', cancel);
      const detail = await suite.api.detail(productOrderId);

      expect(response.body.data).toEqual(succeeded(productOrderId));
      expect(detail.productOrder).toMatchObject({
        productOrderStatus: 'CANCELED',
        claimType: 'CANCEL',
        claimStatus: 'CANCEL_DONE',
        remainQuantity: 0,
      });
      expect(detail.currentClaim.cancel).toMatchObject({
        claimStatus: 'CANCEL_DONE',
        cancelReason: 'SOLD_OUT',
        cancelDetailedReason: '재고가 없어요',
        requestChannel: '판매자',
        cancelCompletedDate: toKstDateTime(clock.current),
      });
      expect(detail.cancel).toEqual(detail.currentClaim.cancel);
      expect(detail.completedClaims).toEqual([
        expect.objectContaining({ claimType: 'CANCEL', claimStatus: 'CANCEL_DONE' }),
      ]);
      expect(await suite.api.changeAt(productOrderId, clock.current)).toMatchObject({
        lastChangedType: 'CLAIM_COMPLETED',
        claimType: 'CANCEL',
        claimStatus: 'CANCEL_DONE',
      });
    });

    it('keeps the rest of the line on a partial cancel', async () => {
      const productOrderId = created('PAYED_OK', 3);

      await suite.api.write(productOrderId, 'claim/cancel/request', {
        ...cancel,
        cancelQuantity: 2,
      });

      expect((await suite.api.detail(productOrderId)).productOrder).toMatchObject({
        productOrderStatus: 'PAYED',
        claimStatus: 'CANCEL_DONE',
        quantity: 3,
        remainQuantity: 1,
      });
      expect(suite.sandbox.store.get(productOrderId)?.currentClaim?.requestQuantity).toBe(2);
    });

    it('stores and renders Korean and emoji text byte for byte', async () => {
      const productOrderId = created('PAYED_NOT_YET');
      const body = JSON.stringify({ cancelReason: 'SOLD_OUT', cancelDetailedReason: TRICKY_TEXT });

      await suite.api.write(productOrderId, 'claim/cancel/request', body);

      const response = await suite.api.post('/v1/pay-order/mall/product-orders/query', {
        productOrderIds: [productOrderId],
      });
      const [detail] = response.body.data;
      const sent = Buffer.from(TRICKY_TEXT, 'utf8');

      expect(Buffer.from(detail.currentClaim.cancel.cancelDetailedReason, 'utf8')).toEqual(sent);
      expect(Buffer.from(detail.completedClaims[0].claimRequestDetailContent)).toEqual(sent);
      // Sent as UTF-8, not as \u escapes, apart from the JSON escapes of " and \.
      expect(response.text).toContain(JSON.stringify(TRICKY_TEXT).slice(1, -1));
    });

    it.each([
      ['CANCEL_DONE', '105306'],
      ['DELIVERING', '104442'],
      ['CANCEL_REQUEST', '104442'],
    ] as const)('refuses a seller cancel of %s with %s', async (scenario, code) => {
      await expectRefused(scenario, 'claim/cancel/request', code, cancel);
    });

    it('refuses a cancel of more than remains with 104133', async () => {
      const productOrderId = created('PAYED_OK', 1);
      const response = await suite.api.write(productOrderId, 'claim/cancel/request', {
        ...cancel,
        cancelQuantity: 2,
      });

      expect(response.body.data).toEqual(refused(productOrderId, '104133'));
    });

    it.each([
      ['no reason', { cancelReason: undefined }, 'cancelReason'],
      ['a reason only a buyer gives', { cancelReason: 'BROKEN' }, 'cancelReason'],
      ['501 characters', { cancelDetailedReason: '가'.repeat(501) }, 'cancelDetailedReason'],
      ['a quantity of 0', { cancelQuantity: 0 }, 'cancelQuantity'],
      ['a quantity in a string', { cancelQuantity: '1' }, 'cancelQuantity'],
    ])('answers 400 4000 to %s', async (_case, change, field) => {
      const response = await suite.api.write(created('PAYED_OK'), 'claim/cancel/request', {
        ...cancel,
        ...change,
      });

      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ code: '4000', invalidInputs: [{ name: field }] });
    });

    it('accepts 500 characters, emoji counted once', async () => {
      const productOrderId = created('PAYED_OK');
      const response = await suite.api.write(productOrderId, 'claim/cancel/request', {
        ...cancel,
        cancelDetailedReason: '😀'.repeat(500),
      });

      expect(response.body.data).toEqual(succeeded(productOrderId));
    });

    it('approves a buyer cancel request: CANCEL_DONE with an approval date', async () => {
      const productOrderId = created('CANCEL_REQUEST');

      const response = await suite.api.write(productOrderId, 'claim/cancel/approve');
      const detail = await suite.api.detail(productOrderId);

      expect(response.body.data).toEqual(succeeded(productOrderId));
      expect(detail.productOrder.productOrderStatus).toBe('CANCELED');
      expect(detail.currentClaim.cancel).toMatchObject({
        claimStatus: 'CANCEL_DONE',
        cancelApprovalDate: toKstDateTime(clock.current),
      });
      expect(await suite.api.changeAt(productOrderId, clock.current)).toMatchObject({
        lastChangedType: 'CLAIM_COMPLETED',
      });
    });

    it.each([
      ['CANCEL_DONE_BY_APPROVAL', '105306'],
      ['PAYED_OK', '104442'],
      ['CANCEL_REJECT', '104442'],
    ] as const)('refuses approving a cancel of %s with %s', async (scenario, code) => {
      await expectRefused(scenario, 'claim/cancel/approve', code);
    });
  });

  describe('반품 (#10–#14)', () => {
    const returnRequest = {
      returnReason: 'BROKEN',
      collectDeliveryMethod: 'RETURN_DESIGNATED',
      collectDeliveryCompany: 'CJGLS',
      collectTrackingNumber: 'D2485799470',
    };
    const holdback = {
      holdbackClassType: 'RETURN_DELIVERYFEE',
      holdbackReturnDetailReason: '반품 배송비 3,000원 입금 확인 후 환불됩니다 🙇',
      extraReturnFeeAmount: 3000,
    };

    it('registers a seller return: RETURN_REQUEST, CLAIM_REQUESTED', async () => {
      const productOrderId = created('DELIVERED');

      const response = await suite.api.write(productOrderId, 'claim/return/request', returnRequest);
      const detail = await suite.api.detail(productOrderId);

      expect(response.body.data).toEqual(succeeded(productOrderId));
      expect(detail.productOrder).toMatchObject({
        productOrderStatus: 'DELIVERED',
        claimType: 'RETURN',
        claimStatus: 'RETURN_REQUEST',
      });
      expect(detail.currentClaim.return).toMatchObject({
        returnReason: 'BROKEN',
        requestChannel: '판매자',
        collectDeliveryMethod: 'RETURN_DESIGNATED',
        collectDeliveryCompany: 'CJGLS',
        collectTrackingNumber: 'D2485799470',
      });
      expect(await suite.api.changeAt(productOrderId, clock.current)).toMatchObject({
        lastChangedType: 'CLAIM_REQUESTED',
        claimStatus: 'RETURN_REQUEST',
      });
    });

    it.each([
      ['RETURN_REQUEST', '105306'],
      ['PAYED_OK', '104442'],
      ['PURCHASE_DECIDED', '104442'],
      ['EXCHANGE_REQUEST', '104442'],
    ] as const)('refuses a return of %s with %s', async (scenario, code) => {
      await expectRefused(scenario, 'claim/return/request', code, returnRequest);
    });

    it.each([
      ['no collectDeliveryMethod', { collectDeliveryMethod: undefined }, 'collectDeliveryMethod'],
      ['an unknown courier', { collectDeliveryCompany: 'NOPE' }, 'collectDeliveryCompany'],
      ['a reason outside 5.9', { returnReason: 'ETC' }, 'returnReason'],
    ])('answers 400 4000 to %s', async (_case, change, field) => {
      const response = await suite.api.write(created('DELIVERED'), 'claim/return/request', {
        ...returnRequest,
        ...change,
      });

      expect(response.status).toBe(400);
      expect(response.body.invalidInputs).toEqual([expect.objectContaining({ name: field })]);
    });

    it('holds a return back, refuses approving it until released, then approves', async () => {
      const productOrderId = created('RETURN_COLLECT_DONE');

      const held = await suite.api.write(productOrderId, 'claim/return/holdback', holdback);
      const heldAt = clock.current;

      expect(held.body.data).toEqual(succeeded(productOrderId));
      expect((await suite.api.detail(productOrderId)).currentClaim.return).toMatchObject({
        claimStatus: 'COLLECT_DONE',
        holdbackStatus: 'HOLDBACK',
        holdbackReason: 'RETURN_DELIVERYFEE',
        holdbackDetailedReason: holdback.holdbackReturnDetailReason,
        holdbackConfigDate: toKstDateTime(heldAt),
        etcFeeDemandAmount: 3000,
      });
      expect(await suite.api.changeAt(productOrderId, heldAt)).toMatchObject({
        lastChangedType: 'COLLECT_DONE',
      });

      const approveHeld = await suite.api.write(productOrderId, 'claim/return/approve');
      const heldTwice = await suite.api.write(productOrderId, 'claim/return/holdback', holdback);

      expect(approveHeld.body.data).toEqual(refused(productOrderId, '104442'));
      expect(heldTwice.body.data).toEqual(refused(productOrderId, '105306'));

      clock.advance(MINUTE);

      const released = await suite.api.write(productOrderId, 'claim/return/holdback/release');

      expect(released.body.data).toEqual(succeeded(productOrderId));
      expect((await suite.api.detail(productOrderId)).currentClaim.return).toMatchObject({
        holdbackStatus: 'RELEASED',
        holdbackReleaseDate: toKstDateTime(clock.current),
      });
      expect(await suite.api.changeAt(productOrderId, clock.current)).toMatchObject({
        lastChangedType: 'COLLECT_DONE',
      });
      expect(
        (await suite.api.write(productOrderId, 'claim/return/holdback/release')).body.data,
      ).toEqual(refused(productOrderId, '105306'));

      clock.advance(MINUTE);

      const approved = await suite.api.write(productOrderId, 'claim/return/approve');
      const detail = await suite.api.detail(productOrderId);

      expect(approved.body.data).toEqual(succeeded(productOrderId));
      expect(detail.productOrder).toMatchObject({
        productOrderStatus: 'RETURNED',
        claimStatus: 'RETURN_DONE',
        remainQuantity: 0,
      });
      expect(detail.currentClaim.return.returnCompletedDate).toBe(toKstDateTime(clock.current));
      expect(await suite.api.changeAt(productOrderId, clock.current)).toMatchObject({
        lastChangedType: 'CLAIM_COMPLETED',
        productOrderStatus: 'RETURNED',
      });
      expect((await suite.api.write(productOrderId, 'claim/return/approve')).body.data).toEqual(
        refused(productOrderId, '105306'),
      );
    });

    it('rejects a return: RETURN_REJECT, still DELIVERED, CLAIM_REJECTED', async () => {
      const productOrderId = created('RETURN_REQUEST');
      const body = { rejectReturnReason: '사용 흔적이 있어 반품이 어렵습니다 😥' };

      const response = await suite.api.write(productOrderId, 'claim/return/reject', body);
      const detail = await suite.api.detail(productOrderId);

      expect(response.body.data).toEqual(succeeded(productOrderId));
      expect(detail.productOrder).toMatchObject({
        productOrderStatus: 'DELIVERED',
        claimStatus: 'RETURN_REJECT',
      });
      expect(detail.completedClaims).toContainEqual(
        expect.objectContaining({ claimType: 'RETURN', claimStatus: 'RETURN_REJECT' }),
      );
      expect(suite.sandbox.store.get(productOrderId)?.currentClaim?.rejectReason).toBe(
        body.rejectReturnReason,
      );
      expect(await suite.api.changeAt(productOrderId, clock.current)).toMatchObject({
        lastChangedType: 'CLAIM_REJECTED',
      });
      expect(
        (await suite.api.write(productOrderId, 'claim/return/reject', body)).body.data,
      ).toEqual(refused(productOrderId, '105306'));
    });

    it.each([
      ['approve', 'claim/return/approve', undefined],
      ['reject', 'claim/return/reject', { rejectReturnReason: '거부' }],
      ['hold back', 'claim/return/holdback', holdback],
    ])('refuses to %s a product order without a return (104442)', async (_verb, action, body) => {
      await expectRefused('DELIVERED', action, '104442', body);
    });

    it('refuses releasing a return never held back (104442)', async () => {
      await expectRefused('RETURN_REQUEST', 'claim/return/holdback/release', '104442');
    });

    it.each([
      ['a blank reason', 'claim/return/reject', { rejectReturnReason: '   ' }],
      ['no reason', 'claim/return/reject', {}],
      ['an unknown holdback', 'claim/return/holdback', { ...holdback, holdbackClassType: 'X' }],
      ['a negative fee', 'claim/return/holdback', { ...holdback, extraReturnFeeAmount: -1 }],
    ])('answers 400 4000 to %s', async (_case, action, body) => {
      const response = await suite.api.write(created('RETURN_REQUEST'), action, body);

      expect(response.status).toBe(400);
      expect(response.body.code).toBe('4000');
    });
  });

  describe('교환 (#15–#19)', () => {
    const redelivery = {
      reDeliveryMethod: 'DELIVERY',
      reDeliveryCompany: 'HANJIN',
      reDeliveryTrackingNumber: '1111111115',
    };
    const holdback = {
      holdbackClassType: 'EXCHANGE_DELIVERYFEE',
      holdbackExchangeDetailReason: '교환 배송비 6,000원 입금 확인 후 재배송됩니다.',
      extraExchangeFeeAmount: 6000,
    };

    it.each(['complete', 'approve'])(
      'completes the collection on collect/%s: COLLECT_DONE in #1',
      async (verb) => {
        const productOrderId = created('EXCHANGE_COLLECTING');

        const response = await suite.api.write(productOrderId, `claim/exchange/collect/${verb}`);

        expect(response.body.data).toEqual(succeeded(productOrderId));
        expect((await suite.api.detail(productOrderId)).currentClaim.exchange).toMatchObject({
          claimStatus: 'COLLECT_DONE',
          collectStatus: 'DELIVERED',
          collectCompletedDate: toKstDateTime(clock.current),
        });
        expect(await suite.api.changeAt(productOrderId, clock.current)).toMatchObject({
          lastChangedType: 'COLLECT_DONE',
        });
        expect(suite.sandbox.journal.byOperation('completeExchangeCollect').at(-1)?.path).toMatch(
          new RegExp(`/collect/${verb}$`),
        );
      },
    );

    it.each([
      ['EXCHANGE_COLLECT_DONE', '105306'],
      ['RETURN_REQUEST', '104442'],
      ['DELIVERED', '104442'],
    ] as const)('refuses completing the collection of %s with %s', async (scenario, code) => {
      await expectRefused(scenario, 'claim/exchange/collect/complete', code);
    });

    it('re-delivers a collected exchange: EXCHANGE_REDELIVERING, CLAIM_REDELIVERING', async () => {
      const productOrderId = created('EXCHANGE_COLLECT_DONE');

      const response = await suite.api.write(productOrderId, 'claim/exchange/dispatch', redelivery);

      expect(response.body.data).toEqual(succeeded(productOrderId));
      expect((await suite.api.detail(productOrderId)).currentClaim.exchange).toMatchObject({
        claimStatus: 'EXCHANGE_REDELIVERING',
        reDeliveryMethod: 'DELIVERY',
        reDeliveryCompany: 'HANJIN',
        reDeliveryTrackingNumber: '1111111115',
        reDeliveryStatus: 'DELIVERING',
        reDeliveryOperationDate: toKstDateTime(clock.current),
      });
      expect(await suite.api.changeAt(productOrderId, clock.current)).toMatchObject({
        lastChangedType: 'CLAIM_REDELIVERING',
      });
      expect(
        (await suite.api.write(productOrderId, 'claim/exchange/dispatch', redelivery)).body.data,
      ).toEqual(refused(productOrderId, '105306'));
    });

    it.each([
      ['EXCHANGE_REQUEST', '104417'],
      ['EXCHANGE_COLLECTING', '104417'],
      ['EXCHANGE_HOLDBACK', '104442'],
      ['DELIVERED', '104442'],
    ] as const)('refuses re-delivering %s with %s', async (scenario, code) => {
      // A number nothing shipped with, so only the state can refuse it.
      const body = { ...redelivery, reDeliveryTrackingNumber: '3333333333' };

      await expectRefused(scenario, 'claim/exchange/dispatch', code, body);
    });

    it.each([
      ['no courier', { reDeliveryCompany: undefined }, '104118'],
      ['no tracking number', { reDeliveryTrackingNumber: undefined }, '104120'],
      ['a return method', { reDeliveryMethod: 'RETURN_INDIVIDUAL' }, '104117'],
    ])('refuses a re-delivery with %s with %s', async (_case, change, code) => {
      await expectRefused('EXCHANGE_COLLECT_DONE', 'claim/exchange/dispatch', code, {
        ...redelivery,
        ...change,
      });
    });

    it('holds back and releases an exchange; re-delivery waits for the release', async () => {
      const productOrderId = created('EXCHANGE_COLLECT_DONE');

      expect(
        (await suite.api.write(productOrderId, 'claim/exchange/holdback', holdback)).body.data,
      ).toEqual(succeeded(productOrderId));
      expect((await suite.api.detail(productOrderId)).currentClaim.exchange).toMatchObject({
        holdbackStatus: 'HOLDBACK',
        holdbackReason: 'EXCHANGE_DELIVERYFEE',
        holdbackDetailedReason: holdback.holdbackExchangeDetailReason,
        etcFeeDemandAmount: 6000,
      });
      expect(await suite.api.changeAt(productOrderId, clock.current)).toMatchObject({
        lastChangedType: 'COLLECT_DONE',
      });
      expect(
        (await suite.api.write(productOrderId, 'claim/exchange/holdback', holdback)).body.data,
      ).toEqual(refused(productOrderId, '105306'));

      clock.advance(MINUTE);

      expect(
        (await suite.api.write(productOrderId, 'claim/exchange/holdback/release')).body.data,
      ).toEqual(succeeded(productOrderId));
      expect((await suite.api.detail(productOrderId)).currentClaim.exchange.holdbackStatus).toBe(
        'RELEASED',
      );
      expect(await suite.api.changeAt(productOrderId, clock.current)).toMatchObject({
        lastChangedType: 'COLLECT_DONE',
      });
      expect(
        (await suite.api.write(productOrderId, 'claim/exchange/holdback/release')).body.data,
      ).toEqual(refused(productOrderId, '105306'));
      expect(
        (
          await suite.api.write(productOrderId, 'claim/exchange/dispatch', {
            ...redelivery,
            reDeliveryTrackingNumber: '1111111116',
          })
        ).body.data,
      ).toEqual(succeeded(productOrderId));
    });

    it('rejects an exchange: EXCHANGE_REJECT, still DELIVERED, CLAIM_REJECTED', async () => {
      const productOrderId = created('EXCHANGE_REQUEST');
      const body = { rejectExchangeReason: '교환 요청하신 옵션이 단종되었습니다.' };

      const response = await suite.api.write(productOrderId, 'claim/exchange/reject', body);

      expect(response.body.data).toEqual(succeeded(productOrderId));
      expect((await suite.api.detail(productOrderId)).productOrder).toMatchObject({
        productOrderStatus: 'DELIVERED',
        claimStatus: 'EXCHANGE_REJECT',
      });
      expect(await suite.api.changeAt(productOrderId, clock.current)).toMatchObject({
        lastChangedType: 'CLAIM_REJECTED',
      });
      expect(
        (await suite.api.write(productOrderId, 'claim/exchange/reject', body)).body.data,
      ).toEqual(refused(productOrderId, '105306'));
    });

    it.each([
      ['reject', 'claim/exchange/reject', { rejectExchangeReason: '거부' }],
      ['hold back', 'claim/exchange/holdback', holdback],
      ['release', 'claim/exchange/holdback/release', undefined],
    ])('refuses to %s a re-delivering exchange (104442)', async (_verb, action, body) => {
      await expectRefused('EXCHANGE_REDELIVERING', action, '104442', body);
    });
  });

  it('answers every write of an unknown product order with 100001', async () => {
    const unknown = '2026030199999999';
    const writes: [string, JsonBody?][] = [
      ['claim/cancel/approve'],
      ['claim/return/approve'],
      ['claim/return/holdback/release'],
      ['claim/exchange/collect/complete'],
      ['claim/exchange/holdback/release'],
      ['claim/exchange/reject', { rejectExchangeReason: '거부' }],
    ];

    for (const [action, body] of writes) {
      expect((await suite.api.write(unknown, action, body)).body.data).toEqual(
        refused(unknown, '100001'),
      );
    }
  });
});
