import { ApiKstDateTime } from './api-kst-date-time.decorator';

/*
 * GUESS: the REST review API (4.20) publishes no fields. These are the fields of the legacy SOAP
 * GetPurchaseReviewList items in camelCase (PurchaseReviewId → purchaseReviewId,
 * ProductOrderID → productOrderId, …), paged like the conditional product order query. Every
 * field is optional until the real shape is known.
 */

/** 구매평: one purchase review. */
export class Review {
  /**
   * 구매평 ID: review id.
   * @example '100012345'
   */
  purchaseReviewId?: string;

  /**
   * 상품 주문 번호: the reviewed product order.
   * @example '2024050112345678'
   */
  productOrderId?: string;

  /**
   * 상품 번호: the reviewed product.
   * @example '4812345678'
   */
  productId?: string;

  /** 작성자 ID: the buyer, encrypted by the upstream; stable per buyer, not readable. */
  writerId?: string;

  /**
   * 구매평 점수: score. Seen as 1 to 5, and as 10 to 13 on the older 불만/보통/만족/매우만족
   * scale.
   * @example 5
   */
  purchaseReviewScore?: number;

  /** 제목: title. */
  title?: string;

  /** 내용: the review text; any Unicode, emoji included. */
  content?: string;

  /** 작성 일시: when the review was written (KST, e.g. 2024-05-01T09:00:00.000+09:00). */
  @ApiKstDateTime()
  createYmdt?: string;
}

/** 페이지 정보: paging state of the review query. */
export class ReviewPagination {
  /**
   * 페이지 번호: this page's number, from 1.
   * @example 1
   */
  page?: number;

  /**
   * 페이지 크기: page size requested.
   * @example 300
   */
  size?: number;

  /** 다음 페이지 여부: whether another page follows. */
  hasNext?: boolean;
}

/** 리뷰 조회 결과: one page of reviews. */
export class ReviewPage {
  /** 리뷰 목록: the reviews of this page. */
  contents?: Review[];

  /** 페이지 정보: paging state. */
  pagination?: ReviewPagination;
}
