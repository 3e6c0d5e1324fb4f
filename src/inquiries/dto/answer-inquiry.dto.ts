import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';

import { IsPositiveInt64String } from './inquiry-params.dto';
import { IsOmittable } from '../../common/validation/validators';

/**
 * Our limit: the upstream publishes none for answers. 2,000 characters leaves room for a
 * detailed answer while keeping a runaway payload out.
 */
export const MAX_ANSWER_LENGTH = 2000;

/** 문의 답변 등록/수정: the body both for answering an inquiry and for changing the answer. */
export class AnswerInquiryRequest {
  /** The answer (답변 내용), shown to the buyer; any text, not blank, up to 2,000 characters. */
  @ApiProperty({ example: '문의 감사합니다. 해당 상품은 5월 10일에 재입고될 예정입니다 😊' })
  @IsString()
  @Matches(/\S/, { message: '$property must not be blank' })
  @MaxLength(MAX_ANSWER_LENGTH)
  answerComment!: string;

  /**
   * Answer template the text came from (답변 템플릿 ID). A string in the upstream's body but
   * a number elsewhere (`answerTemplateNo`), so only decimal digits pass.
   */
  @ApiPropertyOptional({ example: '12345' })
  @IsOmittable()
  @IsPositiveInt64String()
  answerTemplateId?: string;
}
