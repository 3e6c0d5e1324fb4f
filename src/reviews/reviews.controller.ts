import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { ApiUpstreamProblems } from '../common/problem/api-problem-responses.decorator';
import { ReviewPage } from '../npay/models/review.model';
import { NpayClient } from '../npay/npay-client.service';
import { UpstreamResult } from '../npay/upstream-result';
import { ReviewSearchQuery } from './dto/review-search-query.dto';
import { ReviewOperations } from './reviews.operations';

@ApiTags('reviews')
@ApiUpstreamProblems()
@Controller({ path: 'reviews', version: '1' })
export class ReviewsController {
  constructor(private readonly npay: NpayClient) {}

  @Get()
  @ApiOperation({
    summary: '리뷰 조회 (Purchase reviews in a window)',
    description:
      'Reviews written in a window of at most 24 hours, by kind (text or photo/video). The ' +
      "upstream's REST fields for this query are unpublished; see the parameters for our " +
      'reading of them.',
  })
  @ApiOkResponse({ type: ReviewPage })
  getReviews(@Query() query: ReviewSearchQuery): Promise<UpstreamResult<ReviewPage>> {
    return this.npay.call(ReviewOperations.getReviews, { query });
  }
}
