import { toKstDate } from '../common/time/kst';
import { SandboxProductOrder } from './store/sandbox-records';
import { JsonBody, sandboxForSuite } from './testing/sandbox-test-client';

const SETTLE = '/v1/pay-settle-mall';
const PAGING = 'pageNumber=1&pageSize=1000';

/** The sum of `field` over elements. */
const total = (elements: readonly JsonBody[], field: string): number =>
  elements.reduce((sum, element) => sum + element[field], 0);

describe('settlement (S1–S5)', () => {
  // A Monday, so the next business day is the day after.
  const suite = sandboxForSuite();
  const { clock } = suite;
  let decided: SandboxProductOrder[];
  /** The KST day most purchases were decided on. */
  let busiestDay: string;

  beforeAll(async () => {
    decided = suite.sandbox.store
      .list()
      .filter((record) => record.productOrderStatus === 'PURCHASE_DECIDED');

    const days = decided.map((record) => toKstDate(record.decisionDate ?? 0));

    busiestDay = days.sort(
      (left, right) =>
        days.filter((day) => day === right).length - days.filter((day) => day === left).length,
    )[0];
  });

  const cases = (query: string) => suite.api.get(`${SETTLE}/settle/case?${query}`);

  describe('GET /settle/case', () => {
    it('lists the purchases decided on a day, with the amounts #2 shows', async () => {
      const response = await cases(
        `${PAGING}&searchDate=${busiestDay}&periodType=SETTLE_CASEBYCASE_SETTLE_BASIS_DATE`,
      );
      const expected = decided.filter(
        (record) => toKstDate(record.decisionDate ?? 0) === busiestDay,
      );
      const { elements, pagination } = response.body;

      expect(response.status).toBe(200);
      expect(Object.keys(response.body)).toEqual(['elements', 'pagination']);
      expect(pagination).toEqual({
        page: 1,
        size: 1000,
        totalPages: 1,
        totalElements: expected.length,
      });
      expect(elements.map((element: JsonBody) => element.productOrderId).sort()).toEqual(
        expected.map((record) => record.productOrderId).sort(),
      );

      for (const element of elements) {
        const detail = await suite.api.detail(element.productOrderId);

        expect(element).toMatchObject({
          settleBasisDate: busiestDay,
          productOrderType: 'PROD_ORDER',
          settleType: 'NORMAL_SETTLE_ORIGINAL',
          orderId: detail.order.orderId,
          payDate: detail.order.paymentDate.slice(0, 10),
          purchaserName: detail.order.ordererName,
          settleExpectAmount: detail.productOrder.expectedSettlementAmount,
          merchantId: detail.productOrder.mallId,
        });
        expect(
          element.paySettleAmount +
            element.totalPayCommissionAmount +
            element.sellingInterlockCommissionAmount,
        ).toBe(element.settleExpectAmount);
      }
    });

    it('pages', async () => {
      const query = `searchDate=${busiestDay}&periodType=SETTLE_CASEBYCASE_SETTLE_BASIS_DATE`;
      const all = (await cases(`${PAGING}&${query}`)).body.elements;
      const second = (await cases(`pageNumber=2&pageSize=1&${query}`)).body;

      expect(all.length).toBeGreaterThan(1);
      expect(second).toEqual({
        elements: [all[1]],
        pagination: { page: 2, size: 1, totalPages: all.length, totalElements: all.length },
      });
    });

    it('splits payment-date searches into settled, unsettled and cancelled before', async () => {
      const payDay = toKstDate(clock.current - 24 * 3_600_000);
      const search = (decision: string) =>
        cases(
          `${PAGING}&searchDate=${payDay}&periodType=SETTLE_CASEBYCASE_PAY_DATE` +
            `&settleDecisionType=${decision}`,
        );
      const paidThatDay = suite.sandbox.store
        .list()
        .filter((record) => toKstDate(record.order.paymentDate ?? 0) === payDay);
      const [settled, unsettled, cancelled] = await Promise.all(
        ['SETTLED', 'UNSETTLED', 'BEFORE_CANCEL'].map(async (each) => (await search(each)).body),
      );

      expect(
        settled.pagination.totalElements +
          unsettled.pagination.totalElements +
          cancelled.pagination.totalElements,
      ).toBe(paidThatDay.length);
      expect(unsettled.elements.every((element: JsonBody) => !element.settleBasisDate)).toBe(true);
      expect(cancelled.elements.length).toBeGreaterThan(0);
      expect(cancelled.elements[0]).toMatchObject({
        settleType: 'NORMAL_SETTLE_BEFORE_CANCEL',
        settleExpectAmount: 0,
      });
    });

    it('settles a purchase decided now on the next business day', async () => {
      const delivered = suite.sandbox.simulate.createProductOrder('DELIVERED');

      suite.sandbox.simulate.purchaseDecided(delivered.productOrderId);

      const response = await cases(`${PAGING}&productOrderId=${delivered.productOrderId}`);

      expect(response.body.elements).toEqual([
        expect.objectContaining({
          productOrderId: delivered.productOrderId,
          settleBasisDate: '2026-03-02',
          settleExpectDate: '2026-03-03',
        }),
      ]);
      expect(response.body.elements[0]).not.toHaveProperty('settleCompleteDate');
    });

    const payDate = 'periodType=SETTLE_CASEBYCASE_PAY_DATE';

    it.each([
      ['no paging', `searchDate=2026-03-01&${payDate}`, ['pageNumber', 'pageSize']],
      ['pageSize 1001', `pageNumber=1&pageSize=1001&orderId=1`, ['pageSize']],
      ['neither a day nor an id', PAGING, ['searchDate']],
      ['a day without its kind', `${PAGING}&searchDate=2026-03-01`, ['periodType']],
      ['an unknown periodType', `${PAGING}&searchDate=2026-03-01&periodType=PAY`, ['periodType']],
      ['PURCHASE_CONFIRM', `${PAGING}&orderId=1&settleType=PURCHASE_CONFIRM`, ['settleType']],
      ['a day that does not exist', `${PAGING}&searchDate=2026-02-29&${payDate}`, ['searchDate']],
    ])('answers BAD_REQUEST to %s', async (_case, query, fields) => {
      const response = await cases(query);

      expect(response.status).toBe(400);
      expect(response.body).toEqual({
        code: 'BAD_REQUEST',
        message: '잘못된 요청',
        invalidInputs: fields.map((name) => ({
          name,
          message: expect.any(String),
          type: expect.any(String),
        })),
        timestamp: expect.any(String),
        traceId: response.headers.get('gncp-gw-trace-id'),
      });
    });
  });

  describe('GET /settle/commission-details and /settle/daily', () => {
    it('lists both commissions of each settled line', async () => {
      const query = `${PAGING}&searchDate=${busiestDay}&periodType=SETTLE_CASEBYCASE_SETTLE_BASIS_DATE`;
      const lines = (await cases(query)).body.elements;
      const commissions = (await suite.api.get(`${SETTLE}/settle/commission-details?${query}`)).body
        .elements;

      expect(commissions).toHaveLength(2 * lines.length);
      expect(commissions[0]).toMatchObject({
        orderNo: lines[0].orderId,
        productOrderId: lines[0].productOrderId,
        commissionType: 'PAY_COMMISSION',
        payMeansType: expect.stringMatching(/^PAYMEANS_TYPE_/),
        commissionAmount: lines[0].totalPayCommissionAmount,
      });
      expect(total(commissions, 'commissionAmount')).toBe(
        total(lines, 'totalPayCommissionAmount') + total(lines, 'sellingInterlockCommissionAmount'),
      );
    });

    it('sums each payout day as the lines expected that day', async () => {
      const daily = await suite.api.get(
        `${SETTLE}/settle/daily?${PAGING}&startDate=2026-02-20&endDate=2026-03-03`,
      );

      expect(daily.status).toBe(200);
      expect(daily.body.elements.length).toBeGreaterThan(2);

      for (const day of daily.body.elements) {
        const lines = (
          await cases(
            `${PAGING}&searchDate=${day.settleExpectDate}` +
              '&periodType=SETTLE_CASEBYCASE_SETTLE_SCHEDULE_DATE',
          )
        ).body.elements;

        expect(day).toMatchObject({
          settleAmount: total(lines, 'settleExpectAmount'),
          paySettleAmount: total(lines, 'paySettleAmount'),
          settleMethodType: 'ACCOUNT',
          merchantId: 'np_sbx001',
        });
        expect(day.settleBasisStartDate <= day.settleBasisEndDate).toBe(true);
      }
    });

    it('answers BAD_REQUEST to an end before the start', async () => {
      const response = await suite.api.get(
        `${SETTLE}/settle/daily?${PAGING}&startDate=2026-03-02&endDate=2026-03-01`,
      );

      expect(response.status).toBe(400);
      expect(response.body.invalidInputs).toEqual([
        { name: 'endDate', message: expect.any(String), type: 'Range' },
      ]);
    });
  });

  describe('GET /vat/case and /vat/daily', () => {
    const february = `${PAGING}&startDate=2026-02-01&endDate=2026-02-28`;

    it('splits the settled sales of last month by tax and means, per line and day', async () => {
      const vatCases = (await suite.api.get(`${SETTLE}/vat/case?${february}`)).body.elements;
      const vatDays = (await suite.api.get(`${SETTLE}/vat/daily?${february}`)).body.elements;

      expect(vatCases.length).toBeGreaterThan(0);

      for (const line of vatCases) {
        expect(line.settleBasisDate.startsWith('2026-02')).toBe(true);
        expect(line.taxationSalesAmount + line.taxExemptionSalesAmount).toBe(line.totalSalesAmount);
        expect(line.creditCardAmount + line.cashInComeDeductionAmount + line.otherAmount).toBe(
          line.totalSalesAmount,
        );
      }

      for (const day of vatDays) {
        const ofDay = vatCases.filter(
          (line: JsonBody) => line.settleBasisDate === day.settleBasisDate,
        );

        expect(day.totalSalesAmount).toBe(total(ofDay, 'totalSalesAmount'));
        expect(day.creditCardAmount).toBe(total(ofDay, 'creditCardAmount'));
      }

      expect(total(vatDays, 'totalSalesAmount')).toBe(total(vatCases, 'totalSalesAmount'));
    });

    it('answers BAD_REQUEST to a month not closed yet', async () => {
      const response = await suite.api.get(
        `${SETTLE}/vat/daily?${PAGING}&startDate=2026-02-15&endDate=2026-03-01`,
      );

      expect(response.status).toBe(400);
      expect(response.body.invalidInputs).toEqual([
        { name: 'endDate', message: expect.stringContaining('2026-02-28'), type: 'Range' },
      ]);
    });
  });
});
