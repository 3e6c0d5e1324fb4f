import { Injectable } from '@nestjs/common';

import { CustomerInquiryPage, InquiryAnswerId } from '../npay/models/inquiry.model';
import { NpayClient } from '../npay/npay-client.service';
import { UpstreamResult } from '../npay/upstream-result';
import { AnswerInquiryRequest } from './dto/answer-inquiry.dto';
import { InquirySearchQuery } from './dto/inquiry-search-query.dto';
import { InquiryOperations } from './inquiries.operations';

@Injectable()
export class InquiriesService {
  constructor(private readonly npay: NpayClient) {}

  search(query: InquirySearchQuery): Promise<UpstreamResult<CustomerInquiryPage>> {
    return this.npay.call(InquiryOperations.getInquiries, { query });
  }

  answer(inquiryNo: string, body: AnswerInquiryRequest): Promise<UpstreamResult<InquiryAnswerId>> {
    return this.npay.call(InquiryOperations.answerInquiry, { pathParams: { inquiryNo }, body });
  }

  updateAnswer(
    inquiryNo: string,
    answerContentId: string,
    body: AnswerInquiryRequest,
  ): Promise<UpstreamResult<InquiryAnswerId>> {
    return this.npay.call(InquiryOperations.updateInquiryAnswer, {
      pathParams: { inquiryNo, answerContentId },
      body,
    });
  }
}
