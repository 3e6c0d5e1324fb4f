import { accept, refusal, refusedNames } from '../../common/validation/testing/validation-probe';
import { HoldbackExchangeRequest } from './holdback-exchange.dto';
import { RedeliverExchangeRequest } from './redeliver-exchange.dto';
import { RejectExchangeRequest } from './reject-exchange.dto';

describe('RedeliverExchangeRequest', () => {
  const parcel = {
    reDeliveryMethod: 'DELIVERY',
    reDeliveryCompany: 'HANJIN',
    reDeliveryTrackingNumber: '1111111115',
  };

  it('accepts a parcel with courier and tracking number', async () => {
    const request = await accept(RedeliverExchangeRequest, parcel);

    expect(request).toBeInstanceOf(RedeliverExchangeRequest);
    expect(request).toEqual(parcel);
  });

  it('accepts a hand-over without courier or tracking number', async () => {
    const body = { reDeliveryMethod: 'DIRECT_DELIVERY' };

    await expect(accept(RedeliverExchangeRequest, body)).resolves.toEqual(body);
  });

  it('says a parcel needs its courier and tracking number', async () => {
    const refused = await refusal(RedeliverExchangeRequest, { reDeliveryMethod: 'DELIVERY' });

    expect(refused.map((param) => param.reason)).toEqual(
      expect.arrayContaining([
        'reDeliveryCompany is required when reDeliveryMethod is DELIVERY',
        'reDeliveryTrackingNumber is required when reDeliveryMethod is DELIVERY',
      ]),
    );
  });

  it.each([
    ['no method', { reDeliveryMethod: undefined }, ['reDeliveryMethod']],
    ['a return method', { reDeliveryMethod: 'RETURN_INDIVIDUAL' }, ['reDeliveryMethod']],
    ['an unknown courier', { reDeliveryCompany: 'ACME' }, ['reDeliveryCompany']],
    ['a spaced tracking no.', { reDeliveryTrackingNumber: '1 1' }, ['reDeliveryTrackingNumber']],
    ['an unknown field', { reDeliveryDate: '2024-05-01' }, ['reDeliveryDate']],
  ])('refuses %s', async (_title, change, fields) => {
    const body = { ...parcel, ...change };

    expect(await refusedNames(RedeliverExchangeRequest, body)).toEqual(fields);
  });
});

describe('RejectExchangeRequest', () => {
  it('accepts Korean and emoji text unchanged', async () => {
    const body = { rejectExchangeReason: '교환 옵션이 단종되었습니다 😥' };

    await expect(accept(RejectExchangeRequest, body)).resolves.toEqual(body);
  });

  it.each([
    ['no reason', {}],
    ['a blank reason', { rejectExchangeReason: ' ' }],
    ['a reason of 501 characters', { rejectExchangeReason: '교'.repeat(501) }],
  ])('refuses %s', async (_title, body) => {
    expect(await refusedNames(RejectExchangeRequest, body)).toEqual(['rejectExchangeReason']);
  });
});

describe('HoldbackExchangeRequest', () => {
  const valid = {
    holdbackClassType: 'EXCHANGE_DELIVERYFEE',
    holdbackExchangeDetailReason: '교환 배송비 입금 후 재배송합니다 📦',
    extraExchangeFeeAmount: 6000,
  };

  it('accepts a hold, text unchanged', async () => {
    await expect(accept(HoldbackExchangeRequest, valid)).resolves.toEqual(valid);
  });

  it.each([
    ['an unknown hold type', { holdbackClassType: 'LATER' }, 'holdbackClassType'],
    ['no detail', { holdbackExchangeDetailReason: undefined }, 'holdbackExchangeDetailReason'],
    [
      'a detail of 501 characters',
      { holdbackExchangeDetailReason: '보'.repeat(501) },
      'holdbackExchangeDetailReason',
    ],
    ['a negative fee', { extraExchangeFeeAmount: -6000 }, 'extraExchangeFeeAmount'],
    ['an unknown field', { extraReturnFeeAmount: 6000 }, 'extraReturnFeeAmount'],
  ])('refuses %s', async (_title, change, field) => {
    const body = { ...valid, ...change };

    expect(await refusedNames(HoldbackExchangeRequest, body)).toEqual([field]);
  });
});
