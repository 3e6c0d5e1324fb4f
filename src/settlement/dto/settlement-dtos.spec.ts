import { accept, refusal, refusedNames } from '../../common/validation/testing/validation-probe';
import { systemClock } from '../../common/time/clock';
import { SettleCaseQuery } from './settle-case-query.dto';
import { SettleDailyQuery } from './settle-daily-query.dto';
import { VatQuery } from './vat-query.dto';

const paging = { pageNumber: '1', pageSize: '1000' };

describe('SettleCaseQuery', () => {
  const valid = {
    ...paging,
    searchDate: '2024-05-01',
    periodType: 'SETTLE_CASEBYCASE_SETTLE_BASIS_DATE',
  };

  it('accepts a day search and reads the paging as numbers', async () => {
    const query = await accept(SettleCaseQuery, valid, 'query');

    expect(query).toBeInstanceOf(SettleCaseQuery);
    expect(query).toEqual({ ...valid, pageNumber: 1, pageSize: 1000 });
  });

  it('accepts every filter, with settleDecisionType on a payment-date search', async () => {
    const raw = {
      ...valid,
      periodType: 'SETTLE_CASEBYCASE_PAY_DATE',
      settleDecisionType: 'UNSETTLED',
      settleType: 'NORMAL_SETTLE_ORIGINAL',
      orderId: '2024050112340001',
      productOrderId: '2024050112345678',
    };

    await expect(accept(SettleCaseQuery, raw, 'query')).resolves.toEqual({
      ...raw,
      pageNumber: 1,
      pageSize: 1000,
    });
  });

  it('refuses settleDecisionType on other searches, saying why', async () => {
    const raw = { ...valid, settleDecisionType: 'SETTLED' };

    expect(await refusal(SettleCaseQuery, raw, 'query')).toEqual([
      {
        name: 'settleDecisionType',
        reason: 'settleDecisionType applies only when periodType is SETTLE_CASEBYCASE_PAY_DATE',
      },
    ]);
  });

  it.each([
    ['no page number', { pageNumber: undefined }, ['pageNumber']],
    ['page number 0', { pageNumber: '0' }, ['pageNumber']],
    ['no page size', { pageSize: undefined }, ['pageSize']],
    ['page size 1,001', { pageSize: '1001' }, ['pageSize']],
    ['page size 0', { pageSize: '0' }, ['pageSize']],
    ['a page size that is no number', { pageSize: '10a' }, ['pageSize']],
    ['no search date', { searchDate: undefined }, ['searchDate']],
    ['a search date that does not exist', { searchDate: '2024-04-31' }, ['searchDate']],
    ['no period type', { periodType: undefined }, ['periodType']],
    ['an unknown period type', { periodType: 'PAY_DATE' }, ['periodType']],
    ['an unknown settle type', { settleType: 'QUICK' }, ['settleType']],
    ['a bad order id', { orderId: '2024/05' }, ['orderId']],
    ['an unknown parameter', { merchantId: 'np_12345' }, ['merchantId']],
  ])('refuses %s', async (_title, change, fields) => {
    expect(await refusedNames(SettleCaseQuery, { ...valid, ...change }, 'query')).toEqual(fields);
  });
});

describe('SettleDailyQuery', () => {
  const valid = { ...paging, startDate: '2024-05-01', endDate: '2024-05-31' };

  it('accepts a date range', async () => {
    await expect(accept(SettleDailyQuery, valid, 'query')).resolves.toEqual({
      ...valid,
      pageNumber: 1,
      pageSize: 1000,
    });
  });

  it.each([
    ['no start', { startDate: undefined }, ['startDate']],
    ['no end', { endDate: undefined }, ['endDate']],
    ['an end before the start', { endDate: '2024-04-30' }, ['endDate']],
    ['a start that is no date', { startDate: '20240501' }, ['startDate']],
    ['no paging', { pageNumber: undefined, pageSize: undefined }, ['pageNumber', 'pageSize']],
  ])('refuses %s', async (_title, change, fields) => {
    expect(await refusedNames(SettleDailyQuery, { ...valid, ...change }, 'query')).toEqual(fields);
  });
});

describe('VatQuery', () => {
  const aprilRange = { ...paging, startDate: '2024-04-01', endDate: '2024-04-30' };

  afterEach(() => {
    jest.restoreAllMocks();
  });

  /** Sets the clock; the VAT rule reads it through systemClock. */
  const nowIs = (isoInstant: string) =>
    jest.spyOn(systemClock, 'now').mockReturnValue(Date.parse(isoInstant));

  it('accepts last month once the month has turned in KST', async () => {
    // 01:00 on May 1 in KST, still April 30 in UTC.
    nowIs('2024-04-30T16:00:00Z');

    await expect(accept(VatQuery, aprilRange, 'query')).resolves.toEqual({
      ...aprilRange,
      pageNumber: 1,
      pageSize: 1000,
    });
  });

  it('refuses the current month, naming the last day allowed', async () => {
    // 23:00 on April 30 in KST: April is not closed yet.
    nowIs('2024-04-30T14:00:00Z');

    expect(await refusal(VatQuery, aprilRange, 'query')).toEqual([
      {
        name: 'startDate',
        reason: 'startDate must be no later than the last day of last month (2024-03-31, KST)',
      },
      {
        name: 'endDate',
        reason: 'endDate must be no later than the last day of last month (2024-03-31, KST)',
      },
    ]);
  });

  it.each([
    ['a start in the current month', { startDate: '2024-05-01' }, ['endDate', 'startDate']],
    ['an end in the current month', { endDate: '2024-05-02' }, ['endDate']],
    ['an end before the start', { endDate: '2024-03-31' }, ['endDate']],
    ['no end', { endDate: undefined }, ['endDate']],
    ['a page size of 2,000', { pageSize: '2000' }, ['pageSize']],
  ])('refuses %s', async (_title, change, fields) => {
    nowIs('2024-05-15T12:00:00Z');

    expect(await refusedNames(VatQuery, { ...aprilRange, ...change }, 'query')).toEqual(fields);
  });
});
