import { toKstDateTime } from '../../common/time/kst';
import { BodyReader, readBody } from '../http/body-reader';
import { QueryReader } from '../http/request-input';
import { OperationRequest, SandboxOperation } from '../http/sandbox-operation';
import { inquiryErrors } from '../sandbox-errors';
import { SandboxInquiry, SandboxInquiryStore } from '../store/sandbox-inquiry-store';

/**
 * 문의 조회 and 문의 답변 (#21, #22, reference 4.21–4.22). The merchant paths are unpublished
 * [U]; these are the Commerce twins, the paths the gateway calls. Their bodies differ from the
 * order API's: the list is a bare Spring Page, errors carry the inquiry service's codes and
 * 16-hex trace id (errorShape 'inquiry').
 */

const MAX_SPAN_DAYS = 365;
const MAX_PAGE = 1_000_000;
const MIN_SIZE = 10;
const MAX_SIZE = 200;
const DAY = 24 * 60 * 60 * 1000;

/** Spring's sort of an unsorted request. [U] The service orders by itself (newest first). */
const UNSORTED = { empty: true, sorted: false, unsorted: true };

export const inquiriesOperation: SandboxOperation = {
  name: 'getInquiries',
  method: 'GET',
  path: '/v1/pay-user/inquiries',
  authentication: 'bearer',
  errorShape: 'inquiry',
  envelope: 'bare',
  handle(request, { inquiries }) {
    const query = new QueryReader(request.query);
    const startDate = query.calendarDate('startSearchDate', true);
    const endDate = query.calendarDate('endSearchDate', true);
    const answered = query.boolean('answered');

    // Out-of-range pages have codes of their own (4004–4007), so only the format is read here.
    const page = query.integer('page') ?? 1;
    const size = query.integer('size') ?? MIN_SIZE;

    query.throwIfInvalid(inquiryErrors.invalidInput);

    // The reader found both dates, so they are set.
    const start = startDate as string;
    const end = endDate as string;

    checkSearchRange(start, end, page, size);

    const found = inquiries.search({ startDate: start, endDate: end, answered });
    const offset = (page - 1) * size;
    const content = found.slice(offset, offset + size).map(renderInquiry);
    const totalPages = Math.ceil(found.length / size);

    return {
      content,
      pageable: {
        pageNumber: page - 1,
        pageSize: size,
        sort: UNSORTED,
        offset,
        paged: true,
        unpaged: false,
      },
      last: page >= totalPages,
      totalPages,
      totalElements: found.length,
      first: page === 1,
      size,
      number: page - 1,
      sort: UNSORTED,
      numberOfElements: content.length,
      empty: content.length === 0,
    };
  },
};

/** 4002–4007, in the doc's order, once the input is well-formed. */
function checkSearchRange(start: string, end: string, page: number, size: number): void {
  const spanDays = (Date.parse(end) - Date.parse(start)) / DAY;

  if (spanDays < 0) {
    throw inquiryErrors.search('4002');
  }

  // [U] Read as end − start ≤ 365 days; whether both ends count is not published.
  if (spanDays > MAX_SPAN_DAYS) {
    throw inquiryErrors.search('4003');
  }

  if (page < 1) {
    throw inquiryErrors.search('4004');
  }

  if (page > MAX_PAGE) {
    throw inquiryErrors.search('4005');
  }

  if (size < MIN_SIZE) {
    throw inquiryErrors.search('4006');
  }

  if (size > MAX_SIZE) {
    throw inquiryErrors.search('4007');
  }
}

function renderInquiry(inquiry: Readonly<SandboxInquiry>): Record<string, unknown> {
  const answer = inquiry.answer;
  const fields = {
    inquiryNo: inquiry.inquiryNo,
    category: inquiry.category,
    title: inquiry.title,
    inquiryContent: inquiry.inquiryContent,
    inquiryRegistrationDateTime: toKstDateTime(inquiry.registeredAt),
    answerContentId: answer?.answerContentId,
    answerContent: answer?.answerContent,
    answerTemplateNo: answer?.answerTemplateNo,
    answerRegistrationDateTime: answer && toKstDateTime(answer.answeredAt),
    answered: answer !== undefined,
    orderId: inquiry.orderId,
    productNo: inquiry.productNo,
    productOrderIdList: inquiry.productOrderIds.join(','),
    productName: inquiry.productName,
    productOrderOption: inquiry.productOrderOption,
    customerId: inquiry.customerId,
    customerName: inquiry.customerName,
  };

  // [U] Whether the service sends absent fields as null is unknown; like the order API's
  // examples, they are left out.
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
}

const INQUIRY_ANSWER_PATH = '/v1/pay-merchant/inquiries/:inquiryNo/answer';

interface AnswerInput {
  answerComment: string;
  answerTemplateNo?: number;
}

/** The body of both answer calls; anything wrong with it is ERR-NC-101001. */
function readAnswer(request: OperationRequest): AnswerInput {
  return readBody(
    request,
    (body: BodyReader) => {
      const answerComment = body.requiredString('answerComment');
      const answerTemplateId = body.string('answerTemplateId');

      // A string in the body, a number everywhere else (answerTemplateNo), so digits only.
      if (answerTemplateId !== undefined && !/^[1-9]\d{0,15}$/.test(answerTemplateId)) {
        body.problem('answerTemplateId', { type: 'typeMismatch', message: '숫자여야 합니다.' });
      }

      return {
        answerComment,
        answerTemplateNo: answerTemplateId === undefined ? undefined : Number(answerTemplateId),
      };
    },
    inquiryErrors.abnormalRequest,
  );
}

/** The inquiry a path names; a number that is no inquiry is ERR-NC-101004. */
function findInquiry(
  inquiries: SandboxInquiryStore,
  request: OperationRequest,
): Readonly<SandboxInquiry> {
  const { inquiryNo } = request.params;
  const inquiry = /^\d{1,16}$/.test(inquiryNo) ? inquiries.find(Number(inquiryNo)) : undefined;

  if (inquiry === undefined) {
    throw inquiryErrors.inquiryNotFound(inquiryNo);
  }

  return inquiry;
}

/** 문의 답변 등록 (#22a). A second answer is ERR-NC-101010; changing one is the PUT below. */
export const answerInquiryOperation: SandboxOperation = {
  name: 'answerInquiry',
  method: 'POST',
  path: INQUIRY_ANSWER_PATH,
  authentication: 'bearer',
  errorShape: 'inquiry',
  envelope: 'result',
  handle(request, { now, inquiries }) {
    const inquiry = findInquiry(inquiries, request);
    const input = readAnswer(request);

    if (inquiry.answer !== undefined) {
      throw inquiryErrors.alreadyAnswered();
    }

    const answer = inquiries.answer(
      inquiry.inquiryNo,
      input.answerComment,
      input.answerTemplateNo,
      now(),
    );

    return { inquiryNo: inquiry.inquiryNo, inquiryCommentNo: answer.answerContentId };
  },
};

/**
 * 문의 답변 수정 (#22b). [U] An answer id that is not the inquiry's latest answer is treated as
 * an abnormal request (ERR-NC-101001); the doc lists no code of its own for it.
 */
export const updateInquiryAnswerOperation: SandboxOperation = {
  name: 'updateInquiryAnswer',
  method: 'PUT',
  path: `${INQUIRY_ANSWER_PATH}/:answerContentId`,
  authentication: 'bearer',
  errorShape: 'inquiry',
  envelope: 'result',
  handle(request, { now, inquiries }) {
    const inquiry = findInquiry(inquiries, request);
    const input = readAnswer(request);
    const answerContentId = request.params.answerContentId;

    if (String(inquiry.answer?.answerContentId) !== answerContentId) {
      throw inquiryErrors.abnormalRequest([
        { name: 'answerContentId', type: 'NotFound', message: '해당 답변이 없습니다.' },
      ]);
    }

    const answer = inquiries.changeAnswer(
      inquiry.inquiryNo,
      input.answerComment,
      input.answerTemplateNo,
      now(),
    );

    return { inquiryNo: inquiry.inquiryNo, inquiryCommentNo: answer.answerContentId };
  },
};
