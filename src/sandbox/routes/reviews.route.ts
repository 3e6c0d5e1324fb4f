import { toKstDateTime } from '../../common/time/kst';
import { QueryReader } from '../http/request-input';
import { SandboxOperation } from '../http/sandbox-operation';
import { REVIEW_TYPES, SandboxReview } from '../store/sandbox-reviews';
import { readWindowBounds, resolveDateWindow } from './date-window';

/** The default and the largest page, as the conditional product order query (4.4). */
export const MAX_REVIEW_PAGE_SIZE = 300;

/**
 * 리뷰 조회 (#20, reference 4.20). [U] Only the path is published. The query and the answer
 * follow the gateway's guess exactly (ReviewSearchQuery, ReviewPage): a window of at most 24 h
 * on the writing time (`fromDateTime`, `toDateTime`, both required), `reviewType` GENERAL or
 * PREMIUM (required, as in SOAP), page-number paging, and the SOAP item fields in camelCase
 * inside the usual `data` envelope. Windows over 24 h fail like #1's, with 104139.
 */
export const reviewsOperation: SandboxOperation = {
  name: 'getReviews',
  method: 'GET',
  path: '/v1/pay-order/mall/reviews',
  authentication: 'bearer',
  errorShape: 'api',
  envelope: 'data',
  handle(request, { now, reviews }) {
    const query = new QueryReader(request.query);

    // Unlike #1 the end has no default here, so its absence is a problem of its own.
    query.string('toDateTime', true);

    const bounds = readWindowBounds(query, 'fromDateTime', 'toDateTime');
    const reviewType = query.oneOf('reviewType', REVIEW_TYPES, true);
    const page = query.integer('page', { min: 1 }) ?? 1;
    const pageSize =
      query.integer('pageSize', { min: 1, max: MAX_REVIEW_PAGE_SIZE }) ?? MAX_REVIEW_PAGE_SIZE;

    query.throwIfInvalid();

    const { from, to } = resolveDateWindow(bounds);

    // Reviews dated after the sandbox clock are not written yet.
    const matches = reviews
      .writtenBetween(from, Math.min(to, now()))
      .filter((review) => review.reviewType === reviewType);
    const start = (page - 1) * pageSize;

    return {
      contents: matches.slice(start, start + pageSize).map(renderReview),
      pagination: { page, size: pageSize, hasNext: matches.length > start + pageSize },
    };
  },
};

function renderReview(review: SandboxReview) {
  return {
    purchaseReviewId: review.purchaseReviewId,
    productOrderId: review.productOrderId,
    productId: review.productId,
    writerId: review.writerId,
    purchaseReviewScore: review.purchaseReviewScore,
    title: review.title,
    content: review.content,
    createYmdt: toKstDateTime(review.createdAt),
  };
}
