import { accept, refusedNames } from '../../common/validation/testing/validation-probe';
import { RequestCancelRequest } from './request-cancel.dto';

describe('RequestCancelRequest', () => {
  it('accepts a reason alone: the whole quantity is cancelled', async () => {
    await expect(accept(RequestCancelRequest, { cancelReason: 'SOLD_OUT' })).resolves.toEqual({
      cancelReason: 'SOLD_OUT',
    });
  });

  it('accepts a partial cancel with Korean and emoji text, unchanged', async () => {
    const body = {
      cancelReason: 'INTENT_CHANGED',
      cancelDetailedReason: '구매자 요청으로 1개만 취소합니다 🙇‍♀️',
      cancelQuantity: 1,
    };

    const request = await accept(RequestCancelRequest, body);

    expect(request).toBeInstanceOf(RequestCancelRequest);
    expect(request).toEqual(body);
  });

  it('accepts a detailed reason of exactly 500 characters', async () => {
    const body = { cancelReason: 'SOLD_OUT', cancelDetailedReason: '품'.repeat(500) };

    await expect(accept(RequestCancelRequest, body)).resolves.toEqual(body);
  });

  it.each([
    ['no reason', { cancelReason: undefined }, 'cancelReason'],
    ['a reason only buyers give', { cancelReason: 'SIMPLE_INTENT_CHANGED' }, 'cancelReason'],
    ['a reason in lower case', { cancelReason: 'sold_out' }, 'cancelReason'],
    [
      'a text of 501 characters',
      { cancelDetailedReason: '품'.repeat(501) },
      'cancelDetailedReason',
    ],
    ['a text that is a list', { cancelDetailedReason: ['품절'] }, 'cancelDetailedReason'],
    ['a quantity of 0', { cancelQuantity: 0 }, 'cancelQuantity'],
    ['a fractional quantity', { cancelQuantity: 1.5 }, 'cancelQuantity'],
    ['a quantity as text', { cancelQuantity: '1' }, 'cancelQuantity'],
    ['a quantity past int32', { cancelQuantity: 2_147_483_648 }, 'cancelQuantity'],
    ['an unknown field', { refundAmount: 1000 }, 'refundAmount'],
  ])('refuses %s', async (_title, change, field) => {
    const body = { cancelReason: 'SOLD_OUT', ...change };

    expect(await refusedNames(RequestCancelRequest, body)).toEqual([field]);
  });
});
