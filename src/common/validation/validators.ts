import {
  buildMessage,
  matches,
  registerDecorator,
  ValidateBy,
  ValidateIf,
  ValidationArguments,
  ValidationOptions,
} from 'class-validator';

import { isKstDateTime } from '../time/kst';

/**
 * class-validator's IsEnum with the enum's values kept in a Set: IsEnum lists them anew on every
 * check, which for the hundred-odd courier codes cost about a twentieth of a dispatch request's
 * CPU. The constraint's name and default message are IsEnum's, so refusals read the same.
 */
export function IsEnumMember(entity: object, options?: ValidationOptions): PropertyDecorator {
  const members = new Set<unknown>(Object.values(entity));
  // As IsEnum names them: a numeric enum's reverse-mapped keys are not values.
  const listedValues = Object.entries(entity)
    .filter(([key]) => Number.isNaN(Number.parseInt(key, 10)))
    .map(([, value]) => value as unknown);

  return ValidateBy(
    {
      name: 'isEnum',
      constraints: [entity, listedValues],
      validator: {
        validate: (value) => members.has(value),
        defaultMessage: buildMessage(
          (each) => `${each}$property must be one of the following values: $constraint2`,
          options,
        ),
      },
    },
    options,
  );
}

/** Valid once `ToKstDateTime` could read the value, so any offset the caller used is accepted. */
export const IsIsoDateTime = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'isIsoDateTime',
      validator: {
        validate: (value) => isKstDateTime(value),
        defaultMessage: buildMessage(
          (each) =>
            `${each}$property must be an ISO 8601 date-time with an offset, ` +
            'e.g. 2024-05-01T09:00:00+09:00 or 2024-05-01T00:00:00Z ' +
            '(in a query string, send + as %2B: a bare + arrives as a space)',
        ),
      },
    },
    options,
  );

/**
 * The property is a date-time no earlier than `startProperty` and at most `maxHours` after it.
 * Both are already KST strings here, so they compare as instants.
 */
export function IsWithinHoursOf(
  startProperty: string,
  maxHours: number,
  options?: ValidationOptions,
): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'isWithinHoursOf',
      target: target.constructor,
      propertyName: propertyName as string,
      constraints: [startProperty, maxHours],
      options,
      validator: {
        validate(value: unknown, args: ValidationArguments): boolean {
          const start = (args.object as Record<string, unknown>)[startProperty];

          if (!isKstDateTime(value) || !isKstDateTime(start)) {
            // The format rules on each field report that case.
            return true;
          }

          const span = Date.parse(value) - Date.parse(start);

          return span >= 0 && span <= maxHours * 3_600_000;
        },
        defaultMessage: (args: ValidationArguments) =>
          `${args.property} must be no earlier than ${startProperty} and at most ` +
          `${maxHours} hours after it`,
      },
    });
  };
}

/** The upstream's ids are "about 20 bytes" of digits; letters are allowed in case that changes. */
export const NPAY_ID_PATTERN = /^[0-9A-Za-z]{1,32}$/;

export const IsNpayId = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'isNpayId',
      validator: {
        validate: (value) => typeof value === 'string' && matches(value, NPAY_ID_PATTERN),
        defaultMessage: buildMessage(
          (each) => `${each}$property must be an id of 1 to 32 letters or digits`,
        ),
      },
    },
    options,
  );

/**
 * No two objects of the array share a value of `key`. The message names the entry that
 * repeats (`dispatchProductOrders.3.productOrderId`) and the entry it repeats.
 */
export function HasNoRepeated(key: string, options?: ValidationOptions): PropertyDecorator {
  const firstRepeat = (value: unknown): [number, number] | undefined => {
    const seenAt = new Map<unknown, number>();
    const items = Array.isArray(value) ? value : [];

    for (const [index, item] of items.entries()) {
      const itemKey = (item as Record<string, unknown> | null)?.[key];

      if (itemKey === undefined) {
        continue;
      }

      const earlier = seenAt.get(itemKey);

      if (earlier !== undefined) {
        return [earlier, index];
      }

      seenAt.set(itemKey, index);
    }

    return undefined;
  };

  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'hasNoRepeated',
      target: target.constructor,
      propertyName: propertyName as string,
      constraints: [key],
      options,
      validator: {
        validate: (value: unknown) => firstRepeat(value) === undefined,
        defaultMessage: (args: ValidationArguments) => {
          const [earlier, index] = firstRepeat(args.value) ?? [0, 0];

          return (
            `${args.property}.${index}.${key} repeats ${args.property}.${earlier}.${key}; ` +
            `each ${key} may appear once`
          );
        },
      },
    });
  };
}

/**
 * The property may be left out of a request body, but not sent as `null`: class-validator's
 * IsOptional lets `null` through, and it would then reach the upstream as `null`.
 */
export const IsOmittable = (options?: ValidationOptions): PropertyDecorator =>
  ValidateIf((_object: object, value: unknown) => value !== undefined, options);
