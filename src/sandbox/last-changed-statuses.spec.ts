import { toKstDateTime } from '../common/time/kst';
import { EmbeddedSandbox, startEmbeddedSandbox } from './embedded-sandbox';
import {
  JsonBody,
  ManualClock,
  getJson,
  issueToken,
  kstParam,
} from './testing/sandbox-test-client';

const PATH = '/v1/pay-order/mall/product-orders/last-changed-statuses';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('GET /v1/pay-order/mall/product-orders/last-changed-statuses', () => {
  const clock = new ManualClock(Date.parse('2026-03-02T09:00:00.000+09:00'));
  /** A day after the generated data, so only the changes a test creates are in its window. */
  const quietStart = clock.current + 10 * DAY;
  let sandbox: EmbeddedSandbox;
  let token: string;

  beforeAll(async () => {
    sandbox = await startEmbeddedSandbox({ now: clock.now, productOrderCount: 300 });
    token = await issueToken(sandbox, clock.current);
  });

  afterAll(() => sandbox.close());

  const changes = (query: string) => getJson(sandbox, `${PATH}?${query}`, token);

  /** Follows `more` until the window is exhausted; returns every page. */
  async function allPages(from: number, to: number, extra = ''): Promise<JsonBody[]> {
    const pages: JsonBody[] = [];
    let query = `lastChangedFrom=${kstParam(from)}&lastChangedTo=${kstParam(to)}${extra}`;

    for (;;) {
      const response = await changes(query);

      expect(response.status).toBe(200);
      pages.push(response.body.data);

      const more = response.body.data.more;

      if (more === undefined) {
        return pages;
      }

      query =
        `lastChangedFrom=${encodeURIComponent(more.moreFrom)}&lastChangedTo=${kstParam(to)}` +
        `&moreSequence=${more.moreSequence}${extra}`;
    }
  }

  describe('paging through more than 300 changes that share one instant', () => {
    const windowStart = quietStart;
    const tiedAt = windowStart + HOUR;
    let expectedIds: string[];

    beforeAll(() => {
      const before = sandbox.store.generate({
        count: 5,
        scenario: 'DELIVERING',
        lastChangedDate: tiedAt - 1,
      });
      const tied = sandbox.store.generate({
        count: 340,
        scenario: 'PAYED_NOT_YET',
        lastChangedDate: tiedAt,
        productOrdersPerOrder: 3,
      });
      const after = sandbox.store.generate({
        count: 7,
        scenario: 'RETURN_DONE',
        lastChangedDate: tiedAt + 1,
      });
      const byId = (ids: string[]) => [...ids].sort();

      expectedIds = [
        ...byId(before.map((record) => record.productOrderId)),
        ...byId(tied.map((record) => record.productOrderId)),
        ...byId(after.map((record) => record.productOrderId)),
      ];
    });

    it('returns 300, then the rest, each change exactly once and in order', async () => {
      const pages = await allPages(windowStart, windowStart + 2 * HOUR);
      const ids = pages.flatMap((page) => page.lastChangeStatuses.map(idOf));

      expect(pages.map((page) => page.count)).toEqual([300, 52]);
      expect(ids).toEqual(expectedIds);
    });

    it('points `more` at the first change left out, inside the tied instant', async () => {
      const [first] = await allPages(windowStart, windowStart + 2 * HOUR);

      expect(first.more).toEqual({
        moreFrom: toKstDateTime(tiedAt),
        moreSequence: expectedIds[300],
      });
    });

    it('pages the same way with a small limitCount', async () => {
      const pages = await allPages(windowStart, windowStart + 2 * HOUR, '&limitCount=7');
      const ids = pages.flatMap((page) => page.lastChangeStatuses.map(idOf));

      expect(pages).toHaveLength(Math.ceil(expectedIds.length / 7));
      expect(ids).toEqual(expectedIds);
    });

    it('caps limitCount above 300 at 300', async () => {
      const pages = await allPages(windowStart, windowStart + 2 * HOUR, '&limitCount=1000');

      expect(pages.map((page) => page.count)).toEqual([300, 52]);
    });

    it('filters by lastChangedType before paging', async () => {
      const pages = await allPages(
        windowStart,
        windowStart + 2 * HOUR,
        '&lastChangedType=CLAIM_COMPLETED',
      );
      const items = pages.flatMap((page) => page.lastChangeStatuses);

      expect(items).toHaveLength(7);
      expect(items.every((item: JsonBody) => item.productOrderStatus === 'RETURNED')).toBe(true);
    });

    it('renders items as the upstream does', async () => {
      const [first] = await allPages(windowStart, windowStart + 2 * HOUR);

      expect(first.lastChangeStatuses[0]).toEqual({
        orderId: expect.stringMatching(/^\d{16}$/),
        productOrderId: expectedIds[0],
        lastChangedType: 'DISPATCHED',
        paymentDate: expect.stringMatching(/\.\d{3}\+09:00$/),
        lastChangedDate: toKstDateTime(tiedAt - 1),
        productOrderStatus: 'DELIVERING',
        receiverAddressChanged: false,
      });
    });
  });

  describe('the window', () => {
    const from = quietStart + 5 * DAY;

    beforeAll(() => {
      sandbox.store.generate({ count: 1, scenario: 'PAYED_OK', lastChangedDate: from + DAY });
      sandbox.store.generate({ count: 1, scenario: 'PAYED_OK', lastChangedDate: from + DAY + 1 });
    });

    it('defaults lastChangedTo to lastChangedFrom + 24 h, both ends inclusive', async () => {
      const response = await changes(`lastChangedFrom=${kstParam(from)}`);

      expect(response.status).toBe(200);
      expect(response.body.data.lastChangeStatuses.map(changedAt)).toEqual([
        toKstDateTime(from + DAY),
      ]);
    });

    it('answers 400 104139 to a window longer than 24 h', async () => {
      const response = await changes(
        `lastChangedFrom=${kstParam(from)}&lastChangedTo=${kstParam(from + DAY + 1)}`,
      );

      expect(response.status).toBe(400);
      expect(response.body).toEqual({
        code: '104139',
        message: expect.any(String),
        timestamp: expect.any(String),
        traceId: expect.any(String),
      });
    });

    it('answers a window without changes with count 0 and no `more`', async () => {
      const response = await changes(`lastChangedFrom=${kstParam(from - DAY)}`);

      expect(response.body.data).toEqual({ count: 0, lastChangeStatuses: [] });
    });
  });

  describe('validation', () => {
    const unencoded = `lastChangedFrom=${toKstDateTime(clock.current - DAY)}`;
    const validFrom = `lastChangedFrom=${kstParam(clock.current - DAY)}`;

    it.each([
      ['an unencoded + in the offset', unencoded, 'lastChangedFrom'],
      ['a missing lastChangedFrom', '', 'lastChangedFrom'],
      ['no milliseconds', 'lastChangedFrom=2026-03-01T09:00:00%2B09:00', 'lastChangedFrom'],
      ['a UTC date-time', 'lastChangedFrom=2026-03-01T00:00:00.000Z', 'lastChangedFrom'],
      ['an unknown lastChangedType', `${validFrom}&lastChangedType=X`, 'lastChangedType'],
      ['limitCount 0', `${validFrom}&limitCount=0`, 'limitCount'],
      ['limitCount abc', `${validFrom}&limitCount=abc`, 'limitCount'],
    ])('answers 400 4000 to %s', async (_case, query, field) => {
      const response = await changes(query);

      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({
        code: '4000',
        traceId: expect.any(String),
        invalidInputs: [{ name: field, message: expect.any(String), type: expect.any(String) }],
      });
    });

    it('lists every bad input at once', async () => {
      const response = await changes('lastChangedFrom=yesterday&limitCount=-1');

      expect(response.body.invalidInputs.map((input: JsonBody) => input.name)).toEqual([
        'lastChangedFrom',
        'limitCount',
      ]);
    });
  });
});

const idOf = (item: JsonBody): string => item.productOrderId;
const changedAt = (item: JsonBody): string => item.lastChangedDate;
