import { SandboxOperation } from '../http/sandbox-operation';
import { lastChangedStatusesOperation } from './last-changed-statuses.route';
import {
  productOrderIdsOperation,
  queryProductOrdersOperation,
} from './product-order-details.routes';
import { productOrdersWithConditionsOperation } from './product-orders-with-conditions.route';
import { tokenOperation } from './token.route';

/** Every upstream operation the sandbox answers, one entry each (reference 1.2 numbering). */
export const SANDBOX_OPERATIONS: readonly SandboxOperation[] = [
  tokenOperation,
  lastChangedStatusesOperation, // #1
  queryProductOrdersOperation, // #2
  productOrderIdsOperation, // #3
  productOrdersWithConditionsOperation, // #4
];
