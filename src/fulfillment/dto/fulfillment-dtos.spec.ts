import { accept, refusal, refusedNames } from '../../common/validation/testing/validation-probe';
import { ProductOrderIdParams } from '../../common/dto/product-order-id-params.dto';
import { DelayedDispatchReason } from '../../npay/npay.enums';
import { ConfirmProductOrdersRequest } from './confirm-product-orders.dto';
import { DelayDispatchRequest } from './delay-dispatch.dto';
import { DispatchProductOrdersRequest } from './dispatch-product-orders.dto';

const ids = (count: number): string[] =>
  Array.from({ length: count }, (_, index) => String(2024050110000000 + index));

const KOREAN_AND_EMOJI = '고객님 요청으로 발송을 미룹니다 🙏📦 (재입고 예정)';

describe('ProductOrderIdParams', () => {
  it('accepts a product order id', async () => {
    await expect(
      accept(ProductOrderIdParams, { productOrderId: '2024050112345678' }, 'param'),
    ).resolves.toEqual({ productOrderId: '2024050112345678' });
  });

  it.each(['2024..05', '', 'x'.repeat(33)])('refuses the id %j', async (productOrderId) => {
    const refused = await refusal(ProductOrderIdParams, { productOrderId }, 'param');

    expect(refused.map((param) => param.name)).toEqual(['productOrderId']);
  });
});

describe('ConfirmProductOrdersRequest', () => {
  it('accepts 1 to 30 distinct ids', async () => {
    await expect(
      accept(ConfirmProductOrdersRequest, { productOrderIds: ids(30) }),
    ).resolves.toEqual({ productOrderIds: ids(30) });
  });

  it.each([
    ['no ids', { productOrderIds: [] }],
    ['31 ids', { productOrderIds: ids(31) }],
    ['a repeated id', { productOrderIds: ['2024050110000000', '2024050110000000'] }],
    ['an id that is a number', { productOrderIds: [2024050110000000] }],
    ['ids that are not a list', { productOrderIds: '2024050110000000' }],
    ['no ids field', {}],
  ])('refuses %s', async (_title, body) => {
    expect(await refusedNames(ConfirmProductOrdersRequest, body)).toContain('productOrderIds');
  });

  it('refuses an unknown field', async () => {
    const body = { productOrderIds: ids(1), mallId: 'np_12345' };

    expect(await refusedNames(ConfirmProductOrdersRequest, body)).toEqual(['mallId']);
  });
});

describe('DelayDispatchRequest', () => {
  const valid = {
    dispatchDueDate: '2024-05-08T09:00:00Z',
    delayedDispatchReason: 'CUSTOM_BUILD',
    dispatchDelayedDetailedReason: KOREAN_AND_EMOJI,
  };

  it('accepts a delay, converts the due date to KST and keeps the text as it is', async () => {
    const request = await accept(DelayDispatchRequest, valid);

    expect(request).toBeInstanceOf(DelayDispatchRequest);
    expect(request).toEqual({
      ...valid,
      dispatchDueDate: '2024-05-08T18:00:00.000+09:00',
    });
  });

  it('requires every field, though the upstream marks none', async () => {
    expect(await refusedNames(DelayDispatchRequest, {})).toEqual([
      'delayedDispatchReason',
      'dispatchDelayedDetailedReason',
      'dispatchDueDate',
    ]);
  });

  it.each([
    ['a due date without offset', { dispatchDueDate: '2024-05-08T09:00:00' }, 'dispatchDueDate'],
    ['a due date that is no day', { dispatchDueDate: '2024-02-30T09:00:00Z' }, 'dispatchDueDate'],
    ['an unknown reason', { delayedDispatchReason: 'LAZY' }, 'delayedDispatchReason'],
    ['a blank text', { dispatchDelayedDetailedReason: ' \n\t' }, 'dispatchDelayedDetailedReason'],
    ['a text as number', { dispatchDelayedDetailedReason: 7 }, 'dispatchDelayedDetailedReason'],
    [
      'a text of 501 characters',
      { dispatchDelayedDetailedReason: '가'.repeat(501) },
      'dispatchDelayedDetailedReason',
    ],
  ])('refuses %s', async (_title, change, field) => {
    expect(await refusedNames(DelayDispatchRequest, { ...valid, ...change })).toEqual([field]);
  });

  it('accepts every delay reason and lists them all when refusing another', async () => {
    const reasons = Object.values(DelayedDispatchReason);

    for (const delayedDispatchReason of reasons) {
      await expect(
        accept(DelayDispatchRequest, { ...valid, delayedDispatchReason }),
      ).resolves.toMatchObject({ delayedDispatchReason });
    }

    expect(
      await refusal(DelayDispatchRequest, { ...valid, delayedDispatchReason: 'product_prepare' }),
    ).toEqual([
      {
        name: 'delayedDispatchReason',
        reason: `delayedDispatchReason must be one of the following values: ${reasons.join(', ')}`,
      },
    ]);
  });

  it('counts characters, not bytes: 500 Korean letters and emoji pass', async () => {
    const text = '가나🙏'.repeat(166) + '다😀';

    const request = await accept(DelayDispatchRequest, {
      ...valid,
      dispatchDelayedDetailedReason: text,
    });

    expect(request.dispatchDelayedDetailedReason).toBe(text);
  });
});

describe('DispatchProductOrdersRequest', () => {
  const parcel = (productOrderId: string) => ({
    productOrderId,
    deliveryMethod: 'DELIVERY',
    deliveryCompanyCode: 'CJGLS',
    trackingNumber: '6400-1234-5678',
    dispatchDate: '2024-05-02T05:30:00Z',
  });
  const handedOver = (productOrderId: string) => ({
    productOrderId,
    deliveryMethod: 'DIRECT_DELIVERY',
    dispatchDate: '2024-05-02T14:30:00+09:00',
  });
  const entries = (count: number) => ids(count).map(parcel);

  it('accepts parcels and other methods, converting each dispatch date to KST', async () => {
    const body = {
      dispatchProductOrders: [parcel('2024050110000000'), handedOver('2024050110000001')],
    };

    const request = await accept(DispatchProductOrdersRequest, body);

    expect(request.dispatchProductOrders).toEqual([
      { ...parcel('2024050110000000'), dispatchDate: '2024-05-02T14:30:00.000+09:00' },
      { ...handedOver('2024050110000001'), dispatchDate: '2024-05-02T14:30:00.000+09:00' },
    ]);
  });

  it('accepts 30 entries', async () => {
    const request = await accept(DispatchProductOrdersRequest, {
      dispatchProductOrders: entries(30),
    });

    expect(request.dispatchProductOrders).toHaveLength(30);
  });

  it('accepts a courier and tracking number for methods that do not need them', async () => {
    const body = {
      dispatchProductOrders: [
        { ...handedOver('2024050110000000'), deliveryCompanyCode: 'HANJIN', trackingNumber: 'A1' },
      ],
    };

    await expect(accept(DispatchProductOrdersRequest, body)).resolves.toBeDefined();
  });

  it('names the entry and field of a nested error', async () => {
    const body = { dispatchProductOrders: entries(5) };
    delete (body.dispatchProductOrders[3] as Partial<ReturnType<typeof parcel>>).trackingNumber;

    const refused = await refusal(DispatchProductOrdersRequest, body);

    expect(refused.map((param) => param.name)).toContain('dispatchProductOrders.3.trackingNumber');
    expect(new Set(refused.map((param) => param.name)).size).toBe(1);
    expect(refused.map((param) => param.reason)).toContain(
      'dispatchProductOrders.3.trackingNumber is required when deliveryMethod is DELIVERY',
    );
  });

  it.each([
    ['no courier for a parcel', { deliveryCompanyCode: undefined }, 'deliveryCompanyCode'],
    ['an unknown courier', { deliveryCompanyCode: 'ACME' }, 'deliveryCompanyCode'],
    ['a tracking number with spaces', { trackingNumber: '6400 1234' }, 'trackingNumber'],
    ['a tracking number of 51 characters', { trackingNumber: '1'.repeat(51) }, 'trackingNumber'],
    ['a tracking number as number', { trackingNumber: 640012345678 }, 'trackingNumber'],
    ['a return method', { deliveryMethod: 'RETURN_DELIVERY' }, 'deliveryMethod'],
    ['the method UNKNOWN', { deliveryMethod: 'UNKNOWN' }, 'deliveryMethod'],
    ['no dispatch date', { dispatchDate: undefined }, 'dispatchDate'],
    ['a bad product order id', { productOrderId: '2024-05' }, 'productOrderId'],
    ['an unknown field', { memo: '문 앞' }, 'memo'],
  ])('refuses %s', async (_title, change, field) => {
    const changed = { ...parcel('2024050110000001'), ...change };
    const body = { dispatchProductOrders: [parcel('2024050110000000'), changed] };

    expect(await refusedNames(DispatchProductOrdersRequest, body)).toEqual([
      `dispatchProductOrders.1.${field}`,
    ]);
  });

  it('refuses a product order dispatched twice, naming the repeat', async () => {
    const body = { dispatchProductOrders: [...entries(3), parcel('2024050110000001')] };

    const refused = await refusal(DispatchProductOrdersRequest, body);

    expect(refused).toEqual([
      {
        name: 'dispatchProductOrders',
        reason:
          'dispatchProductOrders.3.productOrderId repeats ' +
          'dispatchProductOrders.1.productOrderId; each productOrderId may appear once',
      },
    ]);
  });

  it.each([
    ['no entries', { dispatchProductOrders: [] }],
    ['31 entries', { dispatchProductOrders: entries(31) }],
    ['entries that are not a list', { dispatchProductOrders: parcel('2024050110000000') }],
    ['no entries field', {}],
  ])('refuses %s', async (_title, body) => {
    expect(await refusedNames(DispatchProductOrdersRequest, body)).toContain(
      'dispatchProductOrders',
    );
  });

  it('refuses an entry that is not an object, naming its index', async () => {
    const body = { dispatchProductOrders: [parcel('2024050110000000'), '2024050110000001'] };

    const names = await refusedNames(DispatchProductOrdersRequest, body);

    expect(names).toContain('dispatchProductOrders.1');
  });
});
