import { toKstDate } from '../../common/time/kst';
import { QueryReader } from '../http/request-input';
import { OperationRequest, SandboxOperation, SandboxServices } from '../http/sandbox-operation';
import { settlementErrors } from '../sandbox-errors';
import {
  SettleLine,
  renderCommissionDetails,
  renderSettleCase,
  renderSettleDaily,
  renderVatCase,
  renderVatDaily,
  settleLines,
} from '../store/sandbox-settlement';

/**
 * The five settlement queries (S1–S5, reference 4.23), on the merchant paths, answering the
 * Commerce twin's bare `{elements, pagination}`. Lines come from sandbox-settlement.ts; bad
 * input is `BAD_REQUEST` with every problem in `invalidInputs` (errorShape 'settlement').
 */

const SETTLE_API = '/v1/pay-settle-mall';
const MAX_PAGE_SIZE = 1000;

const PERIOD_TYPES = [
  'SETTLE_CASEBYCASE_SETTLE_SCHEDULE_DATE',
  'SETTLE_CASEBYCASE_SETTLE_BASIS_DATE',
  'SETTLE_CASEBYCASE_SETTLE_COMPLETE_DATE',
  'SETTLE_CASEBYCASE_PAY_DATE',
  'SETTLE_CASEBYCASE_TAXRETURN_BASIS_DATE',
] as const;
type PeriodType = (typeof PERIOD_TYPES)[number];

const SETTLE_DECISION_TYPES = ['SETTLED', 'UNSETTLED', 'BEFORE_CANCEL'] as const;

/** The filter's accepted values; PURCHASE_CONFIRM is only in the doc's prose. */
const SETTLE_TYPES = [
  'NORMAL_SETTLE_ORIGINAL',
  'NORMAL_SETTLE_AFTER_CANCEL',
  'NORMAL_SETTLE_BEFORE_CANCEL',
  'QUICK_SETTLE_ORIGINAL',
  'QUICK_SETTLE_CANCEL',
  'QUANTITY_CANCEL_DEDUCTION',
  'QUANTITY_CANCEL_RESTORE',
] as const;

interface Paging {
  pageNumber: number;
  pageSize: number;
}

function readPaging(query: QueryReader): Paging {
  return {
    pageNumber: query.integer('pageNumber', { min: 1, required: true }) as number,
    pageSize: query.integer('pageSize', { min: 1, max: MAX_PAGE_SIZE, required: true }) as number,
  };
}

function page(elements: readonly unknown[], paging: Paging) {
  const start = (paging.pageNumber - 1) * paging.pageSize;

  return {
    elements: elements.slice(start, start + paging.pageSize),
    pagination: {
      page: paging.pageNumber,
      size: paging.pageSize,
      totalPages: Math.ceil(elements.length / paging.pageSize),
      totalElements: elements.length,
    },
  };
}

function settlementQuery(
  name: SandboxOperation['name'],
  path: string,
  handle: (request: OperationRequest, services: SandboxServices) => unknown,
): SandboxOperation {
  return {
    name,
    method: 'GET',
    path: SETTLE_API + path,
    authentication: 'bearer',
    errorShape: 'settlement',
    envelope: 'bare',
    handle,
  };
}

/**
 * The settlement lines a settle/case or commission-details query names. The doc marks only the
 * paging required; the sandbox also needs a day (with its `periodType`) unless an order or
 * product order is named [U]. Payment-date searches see every paid line, refined by
 * `settleDecisionType`; the other dates exist on settled lines only. `settleDecisionType` on
 * another search is ignored, as the doc says it applies to payment dates [U].
 */
function readCaseLines(request: OperationRequest, { now, store }: SandboxServices) {
  const query = new QueryReader(request.query);
  const paging = readPaging(query);
  const searchDate = query.calendarDate('searchDate');
  const periodType = query.oneOf('periodType', PERIOD_TYPES);
  const decision = query.oneOf('settleDecisionType', SETTLE_DECISION_TYPES);
  const settleType = query.oneOf('settleType', SETTLE_TYPES);
  const orderId = query.string('orderId');
  const productOrderId = query.string('productOrderId');

  // Bad values are problems already; only missing ones are added here.
  const isDaySent = query.string('searchDate') !== undefined;

  if (!isDaySent && orderId === undefined && productOrderId === undefined) {
    query.problem('searchDate', {
      type: 'NotNull',
      message: '조회일 또는 주문 번호가 필요합니다.',
    });
  }

  if (isDaySent && query.string('periodType') === undefined) {
    query.problem('periodType', { type: 'NotNull', message: '조회일의 기준이 필요합니다.' });
  }

  query.throwIfInvalid(settlementErrors.badRequest);

  const lines = settleLines(store.records(), now()).filter(
    (line) =>
      (orderId === undefined || line.record.order.orderId === orderId) &&
      (productOrderId === undefined || line.record.productOrderId === productOrderId) &&
      (settleType === undefined || line.settleType === settleType) &&
      (searchDate === undefined || isOnDay(line, periodType as PeriodType, searchDate, decision)),
  );

  return { lines, paging };
}

function isOnDay(
  line: SettleLine,
  periodType: PeriodType,
  day: string,
  decision: string | undefined,
): boolean {
  switch (periodType) {
    case 'SETTLE_CASEBYCASE_PAY_DATE':
      return line.payDate === day && (decision === undefined || line.decision === decision);
    case 'SETTLE_CASEBYCASE_SETTLE_SCHEDULE_DATE':
      return line.settleExpectDate === day;
    case 'SETTLE_CASEBYCASE_SETTLE_COMPLETE_DATE':
      return line.settleCompleteDate === day;
    // [U] The sandbox files VAT on the settlement basis day, so both dates are that day.
    case 'SETTLE_CASEBYCASE_SETTLE_BASIS_DATE':
    case 'SETTLE_CASEBYCASE_TAXRETURN_BASIS_DATE':
      return line.settleBasisDate === day;
  }
}

interface DateRange {
  startDate: string;
  endDate: string;
}

function readDateRange(query: QueryReader): DateRange {
  const startDate = query.calendarDate('startDate', true);
  const endDate = query.calendarDate('endDate', true);

  if (startDate !== undefined && endDate !== undefined && endDate < startDate) {
    query.problem('endDate', { type: 'Range', message: 'startDate보다 이전일 수 없습니다.' });
  }

  return { startDate: startDate as string, endDate: endDate as string };
}

/** Settled lines grouped by a day they carry, in day order. */
function byDay(
  lines: readonly SettleLine[],
  dayOf: (line: SettleLine) => string | undefined,
  range: DateRange,
): [string, SettleLine[]][] {
  const days = new Map<string, SettleLine[]>();

  for (const line of lines) {
    const day = dayOf(line);

    if (day !== undefined && day >= range.startDate && day <= range.endDate) {
      days.set(day, [...(days.get(day) ?? []), line]);
    }
  }

  return [...days.entries()].sort(([left], [right]) => (left < right ? -1 : 1));
}

export const settleCasesOperation = settlementQuery('getSettleCases', '/settle/case', (...args) => {
  const { lines, paging } = readCaseLines(...args);

  return page(lines.map(renderSettleCase), paging);
});

export const commissionDetailsOperation = settlementQuery(
  'getCommissionDetails',
  '/settle/commission-details',
  (...args) => {
    const { lines, paging } = readCaseLines(...args);
    const settled = lines.filter((line) => line.decision === 'SETTLED');

    return page(settled.flatMap(renderCommissionDetails), paging);
  },
);

/** [U] Days are payout days (settleExpectDate): a daily settlement is what one day paid. */
export const settleDailyOperation = settlementQuery(
  'getSettleDaily',
  '/settle/daily',
  (request, { now, store }) => {
    const query = new QueryReader(request.query);
    const paging = readPaging(query);
    const range = readDateRange(query);

    query.throwIfInvalid(settlementErrors.badRequest);

    const days = byDay(settleLines(store.records(), now()), (line) => line.settleExpectDate, range);

    return page(
      days.map(([day, lines]) => renderSettleDaily(day, lines)),
      paging,
    );
  },
);

/** VAT is served for closed months only: both dates at most the last day of last month. */
function readVatRange(query: QueryReader, now: number): DateRange {
  const range = readDateRange(query);
  const lastDayOfLastMonth = lastDayOfPreviousMonth(toKstDate(now));

  for (const name of ['startDate', 'endDate'] as const) {
    if (range[name] !== undefined && range[name] > lastDayOfLastMonth) {
      query.problem(name, {
        type: 'Range',
        message: `${lastDayOfLastMonth}(지난달 말일)까지만 조회할 수 있습니다.`,
      });
    }
  }

  return range;
}

function lastDayOfPreviousMonth(today: string): string {
  const firstOfMonth = new Date(`${today.slice(0, 7)}-01T00:00:00Z`);

  return new Date(firstOfMonth.getTime() - 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

function vatQuery(request: OperationRequest, { now, store }: SandboxServices) {
  const query = new QueryReader(request.query);
  const paging = readPaging(query);
  const range = readVatRange(query, now());

  query.throwIfInvalid(settlementErrors.badRequest);

  const days = byDay(settleLines(store.records(), now()), (line) => line.settleBasisDate, range);

  return { days, paging };
}

export const vatCasesOperation = settlementQuery('getVatCases', '/vat/case', (...args) => {
  const { days, paging } = vatQuery(...args);

  return page(
    days.flatMap(([, lines]) => lines.map(renderVatCase)),
    paging,
  );
});

export const vatDailyOperation = settlementQuery('getVatDaily', '/vat/daily', (...args) => {
  const { days, paging } = vatQuery(...args);

  return page(
    days.map(([day, lines]) => renderVatDaily(day, lines)),
    paging,
  );
});
