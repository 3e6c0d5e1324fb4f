import { ApiPropertyOptional } from '@nestjs/swagger';

/** A value in the upstream's exact date-time format: KST, milliseconds, `+09:00`. */
export const KST_DATE_TIME_EXAMPLE = '2024-05-01T09:00:00.000+09:00';

/**
 * Marks an optional string property as an upstream date-time, so the document shows
 * `format: date-time` and an example. The description still comes from the doc comment.
 */
export function ApiKstDateTime(): PropertyDecorator {
  return ApiPropertyOptional({ type: String, format: 'date-time', example: KST_DATE_TIME_EXAMPLE });
}
