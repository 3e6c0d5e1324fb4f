import { applyDecorators } from '@nestjs/common';
import { IsDefined, Matches, ValidateIf, ValidationOptions } from 'class-validator';

import { DeliveryMethod } from '../../npay/npay.enums';

/**
 * Our rule for tracking numbers: couriers print letters, digits and dashes, and none we know of
 * runs past 50. The upstream publishes no format; it refuses bad ones itself (104122).
 */
export const TRACKING_NUMBER_PATTERN = /^[0-9A-Za-z-]{1,50}$/;

export const IsTrackingNumber = (options?: ValidationOptions): PropertyDecorator =>
  Matches(TRACKING_NUMBER_PATTERN, {
    message: "$property must be 1 to 50 letters, digits or '-'",
    ...options,
  });

/**
 * The property is required when the delivery method in `methodProperty` is DELIVERY (parcel
 * courier) and optional otherwise: a parcel without courier and tracking number is refused by
 * the upstream (104118, 104120), other methods have neither. When the property is given
 * anyway, the field's other rules still check it.
 */
export const RequiredForParcelDelivery = (methodProperty: string): PropertyDecorator =>
  applyDecorators(
    ValidateIf(
      (object: Record<string, unknown>, value: unknown) =>
        object[methodProperty] === DeliveryMethod.DELIVERY || value !== undefined,
    ),
    IsDefined({ message: `$property is required when ${methodProperty} is DELIVERY` }),
  );
