import { CustomerInquiryPage, InquiryAnswerId } from '../npay/models/inquiry.model';
import { defineOperation } from '../npay/npay-operation';
import { AnswerInquiryRequest } from './dto/answer-inquiry.dto';
import { InquirySearchQuery } from './dto/inquiry-search-query.dto';

/**
 * The merchant API's inquiry paths are unpublished. These are the documented Commerce API
 * twins, which the same inquiry service backs for Pay merchants; when Naver Pay publishes the
 * merchant paths, each changes here, on its `path` line, and nowhere else.
 */
const INQUIRY_LIST_PATH = '/v1/pay-user/inquiries';
const INQUIRY_ANSWER_PATH = '/v1/pay-merchant/inquiries/{inquiryNo}/answer';

export const InquiryOperations = {
  getInquiries: defineOperation<{ query: InquirySearchQuery }, CustomerInquiryPage>()({
    name: 'getInquiries',
    title: '문의 조회',
    method: 'GET',
    path: INQUIRY_LIST_PATH,
    // A Spring Page, not wrapped in `data`.
    envelope: 'bare',
    idempotent: true,
  }),
  answerInquiry: defineOperation<
    { pathParams: { inquiryNo: string }; body: AnswerInquiryRequest },
    InquiryAnswerId
  >()({
    name: 'answerInquiry',
    title: '문의 답변 등록',
    method: 'POST',
    path: INQUIRY_ANSWER_PATH,
    envelope: 'data',
    idempotent: false,
  }),
  updateInquiryAnswer: defineOperation<
    { pathParams: { inquiryNo: string; answerContentId: string }; body: AnswerInquiryRequest },
    InquiryAnswerId
  >()({
    name: 'updateInquiryAnswer',
    title: '문의 답변 수정',
    method: 'PUT',
    path: `${INQUIRY_ANSWER_PATH}/{answerContentId}`,
    envelope: 'data',
    idempotent: false,
  }),
} as const;
