import { SandboxOperation } from '../http/sandbox-operation';
import {
  approveCancelOperation,
  approveExchangeCollectOperation,
  approveReturnOperation,
  completeExchangeCollectOperation,
  holdbackExchangeOperation,
  holdbackReturnOperation,
  redeliverExchangeOperation,
  rejectExchangeOperation,
  rejectReturnOperation,
  releaseExchangeHoldbackOperation,
  releaseReturnHoldbackOperation,
  requestCancelOperation,
  requestReturnOperation,
} from './claim.routes';
import {
  confirmProductOrdersOperation,
  delayDispatchOperation,
  dispatchProductOrdersOperation,
} from './fulfillment.routes';
import {
  answerInquiryOperation,
  inquiriesOperation,
  updateInquiryAnswerOperation,
} from './inquiries.routes';
import { lastChangedStatusesOperation } from './last-changed-statuses.route';
import {
  productOrderIdsOperation,
  queryProductOrdersOperation,
} from './product-order-details.routes';
import { productOrdersWithConditionsOperation } from './product-orders-with-conditions.route';
import { reviewsOperation } from './reviews.route';
import {
  commissionDetailsOperation,
  settleCasesOperation,
  settleDailyOperation,
  vatCasesOperation,
  vatDailyOperation,
} from './settlement.routes';
import { tokenOperation } from './token.route';

/** Every upstream operation the sandbox answers, one entry each (reference 1.2 numbering). */
export const SANDBOX_OPERATIONS: readonly SandboxOperation[] = [
  tokenOperation,
  lastChangedStatusesOperation, // #1
  queryProductOrdersOperation, // #2
  productOrderIdsOperation, // #3
  productOrdersWithConditionsOperation, // #4
  confirmProductOrdersOperation, // #5
  delayDispatchOperation, // #6
  dispatchProductOrdersOperation, // #7
  requestCancelOperation, // #8
  approveCancelOperation, // #9
  requestReturnOperation, // #10
  approveReturnOperation, // #11
  rejectReturnOperation, // #12
  holdbackReturnOperation, // #13
  releaseReturnHoldbackOperation, // #14
  completeExchangeCollectOperation, // #15
  approveExchangeCollectOperation, // #15 on the Commerce twin's path
  redeliverExchangeOperation, // #16
  rejectExchangeOperation, // #17
  holdbackExchangeOperation, // #18
  releaseExchangeHoldbackOperation, // #19
  reviewsOperation, // #20
  inquiriesOperation, // #21
  answerInquiryOperation, // #22a
  updateInquiryAnswerOperation, // #22b
  settleCasesOperation, // S1
  settleDailyOperation, // S2
  commissionDetailsOperation, // S3
  vatCasesOperation, // S4
  vatDailyOperation, // S5
];
