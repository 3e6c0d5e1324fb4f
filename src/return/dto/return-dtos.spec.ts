import { accept, refusedNames } from '../../common/validation/testing/validation-probe';
import { HoldbackReturnRequest } from './holdback-return.dto';
import { RejectReturnRequest } from './reject-return.dto';
import { RequestReturnRequest } from './request-return.dto';

describe('RequestReturnRequest', () => {
  const valid = { returnReason: 'BROKEN', collectDeliveryMethod: 'RETURN_DESIGNATED' };

  it('accepts a designated pickup without courier or tracking number yet', async () => {
    await expect(accept(RequestReturnRequest, valid)).resolves.toEqual(valid);
  });

  it('accepts every field', async () => {
    const body = {
      returnReason: 'WRONG_OPTION',
      collectDeliveryMethod: 'DELIVERY',
      collectDeliveryCompany: 'EPOST',
      collectTrackingNumber: 'D2485799470',
      returnQuantity: 2,
    };

    const request = await accept(RequestReturnRequest, body);

    expect(request).toBeInstanceOf(RequestReturnRequest);
    expect(request).toEqual(body);
  });

  it.each([
    ['no reason', { returnReason: undefined }, 'returnReason'],
    ['a cancel-only reason name', { returnReason: 'SOLD_OUT_NOW' }, 'returnReason'],
    ['no collection method', { collectDeliveryMethod: undefined }, 'collectDeliveryMethod'],
    ['an unknown method', { collectDeliveryMethod: 'DRONE' }, 'collectDeliveryMethod'],
    ['an unknown courier', { collectDeliveryCompany: 'ACME' }, 'collectDeliveryCompany'],
    ['a tracking number with "/"', { collectTrackingNumber: 'D24/857' }, 'collectTrackingNumber'],
    ['an empty tracking number', { collectTrackingNumber: '' }, 'collectTrackingNumber'],
    ['a quantity of 0', { returnQuantity: 0 }, 'returnQuantity'],
    ['an unknown field', { collectAddress: '서울' }, 'collectAddress'],
  ])('refuses %s', async (_title, change, field) => {
    const body = { ...valid, ...change };

    expect(await refusedNames(RequestReturnRequest, body)).toEqual([field]);
  });
});

describe('RejectReturnRequest', () => {
  it('accepts Korean and emoji text unchanged', async () => {
    const body = { rejectReturnReason: '사용 흔적이 있어 반품이 어렵습니다 🙏' };

    await expect(accept(RejectReturnRequest, body)).resolves.toEqual(body);
  });

  it.each([
    ['no reason', {}],
    ['an empty reason', { rejectReturnReason: '' }],
    ['a blank reason', { rejectReturnReason: '  \u3000\n' }],
    ['a reason of 501 characters', { rejectReturnReason: '거'.repeat(501) }],
    ['a reason that is a number', { rejectReturnReason: 12 }],
  ])('refuses %s', async (_title, body) => {
    expect(await refusedNames(RejectReturnRequest, body)).toEqual(['rejectReturnReason']);
  });
});

describe('HoldbackReturnRequest', () => {
  const valid = {
    holdbackClassType: 'RETURN_DELIVERYFEE_AND_EXTRAFEEE',
    holdbackReturnDetailReason: '반품 배송비와 수선비를 청구합니다 💸',
  };

  it('accepts a hold with and without an extra fee, text unchanged', async () => {
    await expect(accept(HoldbackReturnRequest, valid)).resolves.toEqual(valid);
    await expect(
      accept(HoldbackReturnRequest, { ...valid, extraReturnFeeAmount: 0 }),
    ).resolves.toEqual({ ...valid, extraReturnFeeAmount: 0 });
  });

  it.each([
    ['no hold type', { holdbackClassType: undefined }, 'holdbackClassType'],
    ['a misspelt hold type', { holdbackClassType: 'EXTRAFEE' }, 'holdbackClassType'],
    ['no detail', { holdbackReturnDetailReason: undefined }, 'holdbackReturnDetailReason'],
    ['a blank detail', { holdbackReturnDetailReason: '\t' }, 'holdbackReturnDetailReason'],
    ['a negative fee', { extraReturnFeeAmount: -1 }, 'extraReturnFeeAmount'],
    ['a fee with a fraction', { extraReturnFeeAmount: 10.5 }, 'extraReturnFeeAmount'],
    ['a fee as text', { extraReturnFeeAmount: '3000' }, 'extraReturnFeeAmount'],
  ])('refuses %s', async (_title, change, field) => {
    const body = { ...valid, ...change };

    expect(await refusedNames(HoldbackReturnRequest, body)).toEqual([field]);
  });
});
