import { ReviewPage } from '../npay/models/review.model';
import { defineOperation, ORDER_API } from '../npay/npay-operation';
import { ReviewSearchQuery } from './dto/review-search-query.dto';

export const ReviewOperations = {
  // Only the path is published; the query and the `data` envelope are our best guess, taken
  // from the SOAP operation and the other order APIs (see ReviewSearchQuery).
  getReviews: defineOperation<{ query: ReviewSearchQuery }, ReviewPage>()({
    name: 'getReviews',
    title: '리뷰 조회',
    method: 'GET',
    path: `${ORDER_API}/reviews`,
    envelope: 'data',
    idempotent: true,
  }),
} as const;
