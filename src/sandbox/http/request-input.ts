import { isKstDateTime, parseIsoDateTime } from '../../common/time/kst';
import { InvalidInput, SandboxError, orderErrors } from '../sandbox-errors';

export type QueryValues = Record<string, string | string[]>;

/**
 * Decodes a raw query string the way a servlet container does: `+` becomes a space. That is why
 * an unencoded `+09:00` arrives as ` 09:00` and then fails the date-time format, as upstream.
 */
export function parseQuery(rawQuery: string): QueryValues {
  const values: QueryValues = {};

  for (const [name, value] of new URLSearchParams(rawQuery)) {
    const previous = values[name];

    if (previous === undefined) {
      values[name] = value;
    } else if (Array.isArray(previous)) {
      previous.push(value);
    } else {
      values[name] = [previous, value];
    }
  }

  return values;
}

/** The media type of a Content-Type header, lower-cased, without parameters. */
export function mediaTypeOf(contentType: string | undefined): string | undefined {
  return contentType?.split(';', 1)[0].trim().toLowerCase() || undefined;
}

/** The body parsed by its media type; undefined when absent or unparseable. */
export function parseBody(contentType: string | undefined, rawBody: string): unknown {
  if (rawBody === '') {
    return undefined;
  }

  const mediaType = mediaTypeOf(contentType);

  if (mediaType === 'application/x-www-form-urlencoded') {
    return Object.fromEntries(new URLSearchParams(rawBody));
  }

  if (mediaType === 'application/json' || mediaType?.endsWith('+json')) {
    try {
      return JSON.parse(rawBody) as unknown;
    } catch {
      return undefined;
    }
  }

  return undefined;
}

export const INPUT_PROBLEMS = {
  missing: { type: 'NotNull', message: '필수 값입니다.' },
  mismatch: { type: 'typeMismatch', message: '잘못된 값입니다.' },
  dateTime: {
    type: 'typeMismatch',
    message: "yyyy-MM-dd'T'HH:mm:ss.SSS+09:00 형식이어야 합니다.",
  },
  range: { type: 'Range', message: '허용 범위를 벗어났습니다.' },
  date: { type: 'typeMismatch', message: 'yyyy-MM-dd 형식의 날짜여야 합니다.' },
} as const;

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `value` is a `yyyy-MM-dd` day that exists (no February 30). */
export function isCalendarDate(value: string): boolean {
  const parts = CALENDAR_DATE.exec(value);

  if (parts === null) {
    return false;
  }

  const date = new Date(Date.UTC(Number(parts[1]), Number(parts[2]) - 1, Number(parts[3])));

  return date.toISOString().slice(0, 10) === value;
}

/**
 * Reads query parameters and collects every problem before failing, so one 400 `4000` lists
 * all bad inputs in `invalidInputs` like the upstream's validation errors.
 */
export class QueryReader {
  private readonly problems: InvalidInput[] = [];

  constructor(private readonly values: QueryValues) {}

  /** The first value of a parameter (Spring binds the first of repeated scalar values). */
  public string(name: string, required = false): string | undefined {
    const raw = this.values[name];
    const value = Array.isArray(raw) ? raw[0] : raw;

    if (value === undefined || value === '') {
      if (required) {
        this.problem(name, INPUT_PROBLEMS.missing);
      }

      return undefined;
    }

    return value;
  }

  /** A date-time in exactly `yyyy-MM-dd'T'HH:mm:ss.SSS+09:00`, as epoch ms. */
  public kstDateTime(name: string, required = false): number | undefined {
    const value = this.string(name, required);

    if (value === undefined) {
      return undefined;
    }

    if (!isKstDateTime(value)) {
      this.problem(name, INPUT_PROBLEMS.dateTime);

      return undefined;
    }

    return parseIsoDateTime(value)?.getTime();
  }

  public integer(
    name: string,
    bounds: { min?: number; max?: number; required?: boolean } = {},
  ): number | undefined {
    const value = this.string(name, bounds.required);

    if (value === undefined) {
      return undefined;
    }

    if (!/^-?\d{1,15}$/.test(value)) {
      this.problem(name, INPUT_PROBLEMS.mismatch);

      return undefined;
    }

    const number = Number(value);

    if (number < (bounds.min ?? -Infinity) || number > (bounds.max ?? Infinity)) {
      this.problem(name, INPUT_PROBLEMS.range);

      return undefined;
    }

    return number;
  }

  /** A `yyyy-MM-dd` day (KST by the upstream's convention), kept as that string. */
  public calendarDate(name: string, required = false): string | undefined {
    const value = this.string(name, required);

    if (value === undefined || isCalendarDate(value)) {
      return value;
    }

    this.problem(name, INPUT_PROBLEMS.date);

    return undefined;
  }

  public boolean(name: string): boolean | undefined {
    const value = this.string(name);

    if (value === undefined || value === 'true' || value === 'false') {
      return value === undefined ? undefined : value === 'true';
    }

    this.problem(name, INPUT_PROBLEMS.mismatch);

    return undefined;
  }

  public oneOf<Value extends string>(
    name: string,
    allowed: readonly Value[],
    required = false,
  ): Value | undefined {
    const value = this.string(name, required);

    if (value === undefined || (allowed as readonly string[]).includes(value)) {
      return value as Value | undefined;
    }

    this.problem(name, INPUT_PROBLEMS.mismatch);

    return undefined;
  }

  /** A list given as repeated keys, comma-joined values, or both (reference 3.5). */
  public listOf<Value extends string>(
    name: string,
    allowed: readonly Value[],
  ): Value[] | undefined {
    const raw = this.values[name];

    if (raw === undefined) {
      return undefined;
    }

    const items = (Array.isArray(raw) ? raw : [raw])
      .flatMap((value) => value.split(','))
      .map((value) => value.trim())
      .filter((value) => value !== '');

    if (items.some((item) => !(allowed as readonly string[]).includes(item))) {
      this.problem(name, INPUT_PROBLEMS.mismatch);

      return undefined;
    }

    return items.length === 0 ? undefined : (items as Value[]);
  }

  public problem(name: string, problem: { type: string; message: string }): void {
    this.problems.push({ name, message: problem.message, type: problem.type });
  }

  public get invalidInputs(): readonly InvalidInput[] {
    return this.problems;
  }

  /** Throws the operation's 400 (`4000` by default) listing every problem found so far. */
  public throwIfInvalid(
    fail: (invalidInputs: readonly InvalidInput[]) => SandboxError = orderErrors.invalidRequest,
  ): void {
    if (this.problems.length > 0) {
      throw fail(this.problems);
    }
  }
}
