import { QueryReader } from '../http/request-input';
import { orderErrors } from '../sandbox-errors';

/** The default and the longest window of #1 and #4 (reference 4.1, 4.4). */
export const MAX_WINDOW_MS = 24 * 60 * 60 * 1000;

export interface DateWindow {
  from: number;
  to: number;
}

export interface DateWindowBounds {
  from?: number;
  to?: number;
}

/** Reads `from` (required) and `to`; problems go to the reader like any other parameter's. */
export function readWindowBounds(
  query: QueryReader,
  fromName: string,
  toName: string,
): DateWindowBounds {
  const from = query.kstDateTime(fromName, true);
  const to = query.kstDateTime(toName);

  if (from !== undefined && to !== undefined && to < from) {
    query.problem(toName, { type: 'Range', message: `${fromName}보다 이전일 수 없습니다.` });
  }

  return { from, to };
}

/**
 * The inclusive window, `to` defaulting to from + 24 h. Call once the reader found no problem.
 * Windows over 24 h are refused with `104139`: the docs only give the default, community
 * reports say longer windows fail with a 400, and 104139 ("queryable date range exceeded") is
 * the code that fits [U].
 */
export function resolveDateWindow(bounds: DateWindowBounds): DateWindow {
  if (bounds.from === undefined) {
    throw new Error('resolveDateWindow() needs a validated `from`');
  }

  const to = bounds.to ?? bounds.from + MAX_WINDOW_MS;

  if (to - bounds.from > MAX_WINDOW_MS) {
    throw orderErrors.dateRangeExceeded();
  }

  return { from: bounds.from, to };
}
