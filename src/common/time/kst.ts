/** Korea Standard Time has no daylight saving, so a fixed offset is exact. */
const KST_OFFSET_MS = 9 * 60 * 60 * 1000;

/**
 * A date-time with an explicit offset: `Z` or `±hh:mm` (also `±hhmm`, `±hh`), optional seconds
 * and fraction. A local time without offset is refused because it would be read in whatever zone
 * the gateway happens to run in.
 */
const ISO_DATE_TIME_WITH_OFFSET =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}(:?\d{2})?)$/i;

/** The upstream's exact format: `yyyy-MM-dd'T'HH:mm:ss.SSS+09:00`. */
const KST_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+09:00$/;

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** Parses an ISO 8601 date-time that carries an offset; `undefined` when it is not one. */
export function parseIsoDateTime(value: unknown): Date | undefined {
  if (typeof value !== 'string' || !ISO_DATE_TIME_WITH_OFFSET.test(value)) {
    return undefined;
  }

  // Date parsing is only specified for `±hh:mm`, so the shorter offset forms are widened first.
  const normalised = value.replace(/([+-]\d{2}):?(\d{2})?$/, (_, hours, minutes = '00') => {
    return `${hours}:${minutes}`;
  });
  const date = new Date(normalised);

  if (Number.isNaN(date.getTime())) {
    return undefined;
  }

  // Date rolls impossible days over (February 30 becomes March 1); a round trip catches that.
  const offsetMinutes = offsetMinutesOf(normalised);
  const wallClock = new Date(date.getTime() + offsetMinutes * 60_000).toISOString();

  return wallClock.slice(0, 16) === normalised.slice(0, 16) ? date : undefined;
}

function offsetMinutesOf(dateTime: string): number {
  const offset = /([+-])(\d{2}):(\d{2})$/.exec(dateTime);

  if (offset === null) {
    return 0;
  }

  const minutes = Number(offset[2]) * 60 + Number(offset[3]);

  return offset[1] === '-' ? -minutes : minutes;
}

/** Formats an instant the way the upstream writes and expects it, always in KST. */
export function toKstDateTime(instant: Date | number): string {
  const shifted = new Date(
    (typeof instant === 'number' ? instant : instant.getTime()) + KST_OFFSET_MS,
  );

  return (
    `${shifted.getUTCFullYear()}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}` +
    `T${pad(shifted.getUTCHours())}:${pad(shifted.getUTCMinutes())}:` +
    `${pad(shifted.getUTCSeconds())}.${pad(shifted.getUTCMilliseconds(), 3)}+09:00`
  );
}

/** The calendar date (`yyyy-MM-dd`) of an instant in KST. */
export function toKstDate(instant: Date | number): string {
  return toKstDateTime(instant).slice(0, 10);
}

export function isKstDateTime(value: unknown): value is string {
  return typeof value === 'string' && KST_DATE_TIME.test(value);
}
