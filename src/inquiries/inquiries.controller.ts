import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import {
  ApiProblemResponses,
  ApiUpstreamProblems,
} from '../common/problem/api-problem-responses.decorator';
import { CustomerInquiryPage, InquiryAnswerId } from '../npay/models/inquiry.model';
import { UpstreamResult } from '../npay/upstream-result';
import { AnswerInquiryRequest } from './dto/answer-inquiry.dto';
import { InquiryAnswerParams, InquiryNoParams } from './dto/inquiry-params.dto';
import { InquirySearchQuery } from './dto/inquiry-search-query.dto';
import { InquiriesService } from './inquiries.service';

@ApiTags('inquiries')
@ApiUpstreamProblems()
@Controller({ path: 'inquiries', version: '1' })
export class InquiriesController {
  constructor(private readonly inquiries: InquiriesService) {}

  @Get()
  @ApiOperation({
    summary: '문의 조회 (Customer inquiries)',
    description: 'Inquiries registered between two dates (at most 365 days), page by page.',
  })
  @ApiOkResponse({ type: CustomerInquiryPage })
  search(@Query() query: InquirySearchQuery): Promise<UpstreamResult<CustomerInquiryPage>> {
    return this.inquiries.search(query);
  }

  @Post(':inquiryNo/answer')
  @HttpCode(200)
  @ApiOperation({
    summary: '문의 답변 등록 (Answer an inquiry)',
    description: 'Registers the answer; an inquiry that has one already gets 409.',
  })
  @ApiOkResponse({ type: InquiryAnswerId })
  @ApiProblemResponses(404, 409)
  answer(
    @Param() params: InquiryNoParams,
    @Body() body: AnswerInquiryRequest,
  ): Promise<UpstreamResult<InquiryAnswerId>> {
    return this.inquiries.answer(params.inquiryNo, body);
  }

  @Put(':inquiryNo/answer/:answerContentId')
  @ApiOperation({
    summary: '문의 답변 수정 (Change an answer)',
    description: 'Replaces the text of an answer given earlier.',
  })
  @ApiOkResponse({ type: InquiryAnswerId })
  @ApiProblemResponses(404)
  updateAnswer(
    @Param() params: InquiryAnswerParams,
    @Body() body: AnswerInquiryRequest,
  ): Promise<UpstreamResult<InquiryAnswerId>> {
    return this.inquiries.updateAnswer(params.inquiryNo, params.answerContentId, body);
  }
}
