import { ApiProperty } from '@nestjs/swagger';

import { ApiKstDateTime, KST_DATE_TIME_EXAMPLE } from './api-kst-date-time.decorator';

/*
 * Customer inquiries (4.21, 4.22), from the Commerce API twin: the merchant paths are
 * unpublished. Numbers marked int64 arrive as JSON numbers; ids past 2^53 would lose digits in
 * JavaScript, which no documented id comes near.
 */

/** 고객 문의: one customer inquiry with its latest answer. */
export class CustomerInquiry {
  /**
   * 문의 번호: inquiry number (int64); pass it as `inquiryNo` to answer.
   * @example 123456789
   */
  inquiryNo!: number;

  /**
   * 문의 유형: category: 상품, 배송, 반품, 교환, 환불 or 기타.
   * @example '배송'
   */
  category?: string;

  /** 문의 제목: title. */
  title!: string;

  /** 문의 내용: the question; any Unicode, emoji included. */
  inquiryContent!: string;

  /** 문의 등록 일시: when the inquiry was registered (KST, e.g. 2024-05-01T09:00:00.000+09:00). */
  @ApiProperty({ type: String, format: 'date-time', example: KST_DATE_TIME_EXAMPLE })
  inquiryRegistrationDateTime!: string;

  /**
   * 최근 문의 답변 ID: id of the latest answer (int64); pass it as `answerContentId` to change
   * the answer.
   * @example 987654321
   */
  answerContentId?: number;

  /** 최근 문의 답변 내용: text of the latest answer. */
  answerContent?: string;

  /**
   * 최근 문의 답변 템플릿 번호: template of the latest answer (int64).
   * @example 12345
   */
  answerTemplateNo?: number;

  /** 최근 문의 답변 등록 일시: when it was answered (KST, e.g. 2024-05-01T09:00:00.000+09:00). */
  @ApiKstDateTime()
  answerRegistrationDateTime?: string;

  /** 문의 답변 여부: whether the inquiry has an answer. */
  answered!: boolean;

  /**
   * 주문 ID: the order asked about.
   * @example '2024050112340001'
   */
  orderId!: string;

  /**
   * 상품 번호: the product asked about.
   * @example '4812345678'
   */
  productNo?: string;

  /**
   * 상품 주문 ID 목록: product orders asked about, comma-separated when several.
   * @example '2024050112345678,2024050112345679'
   */
  productOrderIdList?: string;

  /** 상품명: product name. */
  productName?: string;

  /** 상품 주문 옵션: the ordered option. */
  productOrderOption?: string;

  /** 구매자 ID: the buyer's id. */
  customerId?: string;

  /** 구매자 이름: the buyer's name. */
  customerName!: string;
}

/** 정렬 정보: sort state of a Spring page. */
export class InquiryPageSort {
  /** 정렬 여부: whether the page is sorted. */
  sorted?: boolean;

  /** 비정렬 여부: whether the page is unsorted. */
  unsorted?: boolean;

  /** 정렬 조건 없음: whether no sort order is set. */
  empty?: boolean;
}

/**
 * 페이지 요청 정보: the page request as Spring echoes it. Spring counts pages from 0 while the
 * query's `page` starts at 1; how the upstream maps one to the other is unpublished.
 */
export class InquiryPageable {
  /**
   * 페이지 번호: this page's index (Spring's, see above).
   * @example 0
   */
  pageNumber?: number;

  /**
   * 페이지 크기: page size.
   * @example 10
   */
  pageSize?: number;

  /** 정렬 정보: sort state. */
  sort?: InquiryPageSort;

  /**
   * 오프셋: index of the page's first item in the whole result (int64).
   * @example 0
   */
  offset?: number;

  /** 페이지 사용 여부: whether the result is paged. */
  paged?: boolean;

  /** 페이지 미사용 여부: whether the result is unpaged. */
  unpaged?: boolean;
}

/**
 * 고객 문의 목록: one page of customer inquiries, a Spring Page sent as is (not wrapped in
 * `data`).
 */
export class CustomerInquiryPage {
  /** 문의 목록: the inquiries of this page. */
  content?: CustomerInquiry[];

  /**
   * 전체 페이지 수: number of pages.
   * @example 3
   */
  totalPages?: number;

  /**
   * 전체 문의 수: number of inquiries found (int64).
   * @example 25
   */
  totalElements?: number;

  /**
   * 페이지 번호: this page's index, as in `pageable.pageNumber`.
   * @example 0
   */
  number?: number;

  /**
   * 페이지 크기: page size.
   * @example 10
   */
  size?: number;

  /**
   * 이번 페이지 문의 수: number of inquiries in this page.
   * @example 10
   */
  numberOfElements?: number;

  /** 첫 페이지 여부: whether this is the first page. */
  first?: boolean;

  /** 마지막 페이지 여부: whether this is the last page. */
  last?: boolean;

  /** 빈 페이지 여부: whether this page has no inquiries. */
  empty?: boolean;

  /** 정렬 정보: sort state. */
  sort?: InquiryPageSort;

  /** 페이지 요청 정보: the page request as echoed. */
  pageable?: InquiryPageable;
}

/** 답변 ID: what an answer was stored as. */
export class InquiryAnswerId {
  /**
   * 문의 번호: the inquiry answered (int64).
   * @example 123456789
   */
  inquiryNo?: number;

  /**
   * 답변 번호: number of the stored answer (int64).
   * @example 555000111
   */
  inquiryCommentNo?: number;
}

/** 문의 답변 결과: the upstream's answer to registering or changing an inquiry answer (4.22). */
export class InquiryAnswerResult {
  /** 결과 코드: result code. */
  code?: string;

  /** 결과 메시지: result message. */
  message?: string;

  /** 답변 ID: what the answer was stored as. */
  data?: InquiryAnswerId;

  /** 처리 시각: when it was processed (KST, e.g. 2024-05-01T09:00:00.000+09:00). */
  @ApiKstDateTime()
  timestamp?: string;

  /**
   * 트랜잭션 ID: the upstream's trace id, for support requests.
   * @example '44c1eec345d4d446'
   */
  traceId?: string;
}
