import { Transform } from 'class-transformer';

import { parseIsoDateTime, toKstDateTime } from '../time/kst';

/**
 * Accepts a date-time in any ISO 8601 offset and rewrites it in the upstream's only format, KST
 * with milliseconds. A value that doesn't parse is left as it is, for the validator to name.
 */
export const ToKstDateTime = (): PropertyDecorator =>
  Transform(({ value }) => {
    const instant = parseIsoDateTime(value);

    return instant === undefined ? value : toKstDateTime(instant);
  });

/**
 * `true` and `false` as a person writes them in a query string. Reads the raw value, so nothing
 * converted earlier can turn `false` into `true`; anything else stays for the validator to refuse.
 */
export const ToBoolean = (): PropertyDecorator =>
  Transform(({ key, obj }) => {
    const raw: unknown = (obj as Record<string, unknown>)[key];

    if (raw === 'true') {
      return true;
    }

    if (raw === 'false') {
      return false;
    }

    return raw;
  });

/** A whole decimal number from a query string; anything else stays for the validator. */
export const ToInteger = (): PropertyDecorator =>
  Transform(({ key, obj }) => {
    const raw: unknown = (obj as Record<string, unknown>)[key];

    return typeof raw === 'string' && /^-?\d{1,15}$/.test(raw) ? Number(raw) : raw;
  });

/** A list given as repeated keys (`a=X&a=Y`), comma-joined (`a=X,Y`) or both. */
export const ToList = (): PropertyDecorator =>
  Transform(({ key, obj }) => {
    const raw: unknown = (obj as Record<string, unknown>)[key];
    const parts = Array.isArray(raw) ? raw : [raw];

    if (!parts.every((part) => typeof part === 'string')) {
      return raw;
    }

    return (parts as string[]).flatMap((part) => part.split(',')).map((part) => part.trim());
  });
