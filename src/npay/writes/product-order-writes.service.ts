import { Injectable } from '@nestjs/common';

import { UpstreamConfirmResult, UpstreamProcessingResult } from '../models/processing-result.model';
import { NpayClient } from '../npay-client.service';
import { UpstreamResult } from '../upstream-result';
import { problemForRefusedProductOrder } from '../npay-error-mapping';
import { NpayOperation, OperationInput } from '../npay-operation';
import {
  FailedProductOrder,
  ProductOrderWriteResult,
  SucceededProductOrder,
  WriteOutcome,
} from './product-order-write-result.model';

type UpstreamWriteAnswer = UpstreamProcessingResult & UpstreamConfirmResult;

/** Said of a requested id the upstream listed neither as done nor as refused. */
const UNREPORTED: Omit<FailedProductOrder, 'productOrderId'> = {
  code: 'UNREPORTED',
  message: 'The upstream reported no result for this product order; read it back to check.',
};

/**
 * Per-item results in the gateway's shape. A requested id the upstream doesn't mention is
 * reported as failed rather than dropped, so no failure can hide.
 */
export function toWriteResult(
  answer: UpstreamWriteAnswer,
  requestedIds: readonly string[],
): ProductOrderWriteResult {
  const succeeded: SucceededProductOrder[] = answer.successProductOrderInfos
    ? answer.successProductOrderInfos.map((info) => ({ ...info }))
    : (answer.successProductOrderIds ?? []).map((productOrderId) => ({ productOrderId }));
  const failed: FailedProductOrder[] = (answer.failProductOrderInfos ?? []).map((info) => ({
    productOrderId: info.productOrderId,
    code: String(info.code),
    message: info.message,
  }));
  const reported = new Set([...succeeded, ...failed].map((item) => item.productOrderId));

  for (const productOrderId of requestedIds) {
    if (!reported.has(productOrderId)) {
      failed.push({ productOrderId, ...UNREPORTED });
    }
  }

  let outcome = WriteOutcome.PARTIALLY_SUCCEEDED;

  if (failed.length === 0) {
    outcome = WriteOutcome.SUCCEEDED;
  } else if (succeeded.length === 0) {
    outcome = WriteOutcome.FAILED;
  }

  return { outcome, succeeded, failed };
}

/** The writes of the order API, with their answers made plain. */
@Injectable()
export class ProductOrderWrites {
  constructor(private readonly npay: NpayClient) {}

  /** A write of several product orders: HTTP 200 when all succeeded, 207 when any failed. */
  async forMany<TInput extends OperationInput>(
    operation: NpayOperation<TInput, UpstreamWriteAnswer>,
    input: TInput,
    productOrderIds: readonly string[],
  ): Promise<UpstreamResult<ProductOrderWriteResult>> {
    const answer = await this.npay.call(operation, input);
    const result = toWriteResult(answer.data, productOrderIds);

    return new UpstreamResult(
      result,
      answer.traceId,
      result.outcome === WriteOutcome.SUCCEEDED ? 200 : 207,
    );
  }

  /** A write of one product order: its refusal is an error (404, 409 or 422), never a 200. */
  async forOne<TInput extends OperationInput & { pathParams: { productOrderId: string } }>(
    operation: NpayOperation<TInput, UpstreamWriteAnswer>,
    input: TInput,
  ): Promise<UpstreamResult<ProductOrderWriteResult>> {
    const { productOrderId } = input.pathParams;
    const answer = await this.npay.call(operation, input);
    const result = toWriteResult(answer.data, [productOrderId]);
    const [refusal] = result.failed;

    if (refusal !== undefined) {
      throw problemForRefusedProductOrder(refusal, answer.traceId);
    }

    return new UpstreamResult(result, answer.traceId);
  }
}
