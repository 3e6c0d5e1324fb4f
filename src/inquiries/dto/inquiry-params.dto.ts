import { ApiProperty } from '@nestjs/swagger';
import { buildMessage, ValidateBy, ValidationOptions } from 'class-validator';

const INT64_MAX = 9_223_372_036_854_775_807n;
const POSITIVE_DECIMAL = /^[1-9]\d{0,18}$/;

/**
 * A positive int64 written in decimal, kept as a string: the upstream's inquiry numbers are
 * int64 and may pass 2^53, past which a JavaScript number would silently change them.
 */
export const IsPositiveInt64String = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'isPositiveInt64String',
      validator: {
        validate: (value) =>
          typeof value === 'string' && POSITIVE_DECIMAL.test(value) && BigInt(value) <= INT64_MAX,
        defaultMessage: buildMessage(
          (each) => `${each}$property must be a positive whole number of at most 19 digits`,
        ),
      },
    },
    options,
  );

/** Path parameters naming one customer inquiry. */
export class InquiryNoParams {
  /** Inquiry number (문의 번호), as listed by the inquiry search. */
  @ApiProperty({ example: '123456789' })
  @IsPositiveInt64String()
  inquiryNo!: string;
}

/** Path parameters naming one answer of a customer inquiry. */
export class InquiryAnswerParams extends InquiryNoParams {
  /** Answer id (답변 ID): `answerContentId` of the inquiry. */
  @ApiProperty({ example: '987654321' })
  @IsPositiveInt64String()
  answerContentId!: string;
}
