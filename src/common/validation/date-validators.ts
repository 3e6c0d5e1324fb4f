import {
  registerDecorator,
  ValidateBy,
  ValidationArguments,
  ValidationOptions,
} from 'class-validator';

import { systemClock } from '../time/clock';
import { toKstDate } from '../time/kst';

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/**
 * Reads `yyyy-MM-dd` as a real calendar date and gives its day number (days since 1970-01-01),
 * so two dates subtract to the days between them. `undefined` for anything else, including
 * days the calendar doesn't have (February 30, 2023-02-29).
 */
export function parseCalendarDate(value: unknown): number | undefined {
  const parts = typeof value === 'string' ? CALENDAR_DATE.exec(value) : null;

  if (parts === null) {
    return undefined;
  }

  const [year, month, day] = parts.slice(1).map(Number);
  const time = Date.UTC(year, month - 1, day);

  // Date.UTC rolls impossible days over into the next month; a round trip catches that.
  return new Date(time).toISOString().slice(0, 10) === value ? time / DAY_MS : undefined;
}

/** The last day of the month before the current one, in KST, as `yyyy-MM-dd`. */
export function endOfLastKstMonth(now: number): string {
  const [year, month] = toKstDate(now).split('-').map(Number);

  // Day 0 of this month is the last day of the previous one.
  return new Date(Date.UTC(year, month - 1, 0)).toISOString().slice(0, 10);
}

/** A date as the upstream takes it: `yyyy-MM-dd`, a day that exists, read as a KST date. */
export const IsCalendarDate = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'isCalendarDate',
      validator: {
        validate: (value) => parseCalendarDate(value) !== undefined,
        defaultMessage: (args?: ValidationArguments) =>
          `${args?.property} must be a calendar date as yyyy-MM-dd, e.g. 2024-05-01`,
      },
    },
    options,
  );

/**
 * The property is a date on or after the date in `startProperty` and, when `maxDays` is given,
 * at most that many days after it. When either side is not a date this rule stays quiet:
 * IsCalendarDate on each field names that problem.
 */
export function IsDateOnOrAfter(
  startProperty: string,
  maxDays?: number,
  options?: ValidationOptions,
): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'isDateOnOrAfter',
      target: target.constructor,
      propertyName: propertyName as string,
      constraints: [startProperty, maxDays],
      options,
      validator: {
        validate(value: unknown, args: ValidationArguments): boolean {
          const end = parseCalendarDate(value);
          const start = parseCalendarDate((args.object as Record<string, unknown>)[startProperty]);

          if (end === undefined || start === undefined) {
            return true;
          }

          return end >= start && (maxDays === undefined || end - start <= maxDays);
        },
        defaultMessage: (args: ValidationArguments) =>
          maxDays === undefined
            ? `${args.property} must be on or after ${startProperty}`
            : `${args.property} must be on or after ${startProperty} and at most ` +
              `${maxDays} days after it`,
      },
    });
  };
}

/**
 * The date is no later than the last day of last month (KST): the upstream's VAT figures
 * exist only for closed months. Reads the time when validating, through `systemClock`, so
 * tests can move it.
 */
export const IsBeforeCurrentMonth = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'isBeforeCurrentMonth',
      validator: {
        validate: (value) => {
          if (parseCalendarDate(value) === undefined) {
            // IsCalendarDate names that problem.
            return true;
          }

          // Same-format dates compare correctly as strings.
          return (value as string) <= endOfLastKstMonth(systemClock.now());
        },
        defaultMessage: (args?: ValidationArguments) =>
          `${args?.property} must be no later than the last day of last month ` +
          `(${endOfLastKstMonth(systemClock.now())}, KST)`,
      },
    },
    options,
  );
