import { accept, refusedNames } from '../../common/validation/testing/validation-probe';
import { ReviewSearchQuery } from './review-search-query.dto';

describe('ReviewSearchQuery', () => {
  const valid = {
    fromDateTime: '2024-05-01T00:00:00Z',
    toDateTime: '2024-05-02T08:59:59.999+09:00',
    reviewType: 'PREMIUM',
  };

  it('accepts a one-day window and converts it to KST', async () => {
    const query = await accept(ReviewSearchQuery, valid, 'query');

    expect(query).toBeInstanceOf(ReviewSearchQuery);
    expect(query).toEqual({
      fromDateTime: '2024-05-01T09:00:00.000+09:00',
      toDateTime: '2024-05-02T08:59:59.999+09:00',
      reviewType: 'PREMIUM',
    });
  });

  it('reads page and pageSize as numbers', async () => {
    const raw = { ...valid, page: '2', pageSize: '300' };

    const query = await accept(ReviewSearchQuery, raw, 'query');

    expect(query).toMatchObject({ page: 2, pageSize: 300 });
  });

  it.each([
    ['no window start', { fromDateTime: undefined }, ['fromDateTime']],
    ['no window end', { toDateTime: undefined }, ['toDateTime']],
    ['a window over 24 hours', { toDateTime: '2024-05-02T09:00:00.001+09:00' }, ['toDateTime']],
    ['a window ending before it starts', { toDateTime: '2024-04-30T00:00:00Z' }, ['toDateTime']],
    ['a date without time', { fromDateTime: '2024-05-01' }, ['fromDateTime']],
    ['no review type', { reviewType: undefined }, ['reviewType']],
    ['an unknown review type', { reviewType: 'PHOTO' }, ['reviewType']],
    ['page 0', { page: '0' }, ['page']],
    ['a page that is no number', { page: 'one' }, ['page']],
    ['pageSize 301', { pageSize: '301' }, ['pageSize']],
    ['an unknown parameter', { mallId: 'np_12345' }, ['mallId']],
  ])('refuses %s', async (_title, change, fields) => {
    const raw = { ...valid, ...change };

    expect(await refusedNames(ReviewSearchQuery, raw, 'query')).toEqual(fields);
  });
});
