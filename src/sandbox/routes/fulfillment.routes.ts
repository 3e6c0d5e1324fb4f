import { readBody } from '../http/body-reader';
import { SandboxOperation } from '../http/sandbox-operation';
import { ProcessingFailure, processingFailure } from '../sandbox-errors';
import { DispatchInput, Refusal, SELLER_ACTIONS } from '../store/product-order-actions';
import { DELAYED_DISPATCH_REASONS } from '../store/sandbox-enums';
import {
  MAX_IDS_PER_WRITE,
  MAX_REASON_LENGTH,
  PRODUCT_ORDERS_PATH,
  ProcessingResult,
  countIds,
  productOrderWrite,
  readShipment,
} from './product-order-write';

interface ConfirmSuccess {
  productOrderId: string;
  isReceiverAddressChanged: boolean;
}

/**
 * 발주 확인 (#5, reference 4.5). Its result is the one exception to the common shape: each
 * success says whether the buyer changed the address, which the seller should notice before
 * shipping. A repeated id fails once with 104131 and is not confirmed.
 */
export const confirmProductOrdersOperation: SandboxOperation = {
  name: 'confirmProductOrders',
  method: 'POST',
  path: `${PRODUCT_ORDERS_PATH}/confirm`,
  authentication: 'bearer',
  errorShape: 'api',
  envelope: 'data',
  handle(request, { store }) {
    const productOrderIds = readBody(request, (body) =>
      body.requiredStrings('productOrderIds', { min: 1, max: MAX_IDS_PER_WRITE }),
    );
    const successProductOrderInfos: ConfirmSuccess[] = [];
    const failProductOrderInfos: ProcessingFailure[] = [];

    for (const [productOrderId, count] of countIds(productOrderIds)) {
      const refusal =
        count > 1
          ? new Refusal('104131', 'the id is repeated')
          : store.perform(productOrderId, SELLER_ACTIONS.confirmProductOrders, undefined);

      if (refusal !== undefined) {
        failProductOrderInfos.push(processingFailure(productOrderId, refusal.code));
      } else {
        const record = store.findRecord(productOrderId);

        successProductOrderInfos.push({
          productOrderId,
          isReceiverAddressChanged: record?.receiverAddressChanged ?? false,
        });
      }
    }

    return { successProductOrderInfos, failProductOrderInfos };
  },
};

/**
 * 발송 지연 (#6, reference 4.6). [U] The doc marks no field required; the sandbox requires
 * all three, since a delay without a new date or reason means nothing.
 */
export const delayDispatchOperation = productOrderWrite({
  name: 'delayDispatch',
  action: 'delay',
  act: SELLER_ACTIONS.delayDispatch,
  readInput: (body) => ({
    dispatchDueDate: body.requiredKstDateTime('dispatchDueDate'),
    reason: body.requiredOneOf('delayedDispatchReason', DELAYED_DISPATCH_REASONS),
    detailedReason: body.requiredString('dispatchDelayedDetailedReason', {
      maxLength: MAX_REASON_LENGTH,
    }),
  }),
});

type DispatchEntry = DispatchInput & { productOrderId: string };

/**
 * 발송 처리 (#7, reference 4.7): up to 30 entries, each succeeding or failing on its own. A
 * malformed entry (missing id, method or date, a method outside the enum, a bad date format)
 * fails the whole call with 400 `4000`, as the upstream's binding would; courier and tracking
 * problems are the entry's own (104116–104122). A repeated id fails once with 104131.
 */
export const dispatchProductOrdersOperation: SandboxOperation = {
  name: 'dispatchProductOrders',
  method: 'POST',
  path: `${PRODUCT_ORDERS_PATH}/dispatch`,
  authentication: 'bearer',
  errorShape: 'api',
  envelope: 'data',
  handle(request, { store }) {
    const entries = readBody(request, (body) =>
      body
        .requiredObjects('dispatchProductOrders', { min: 1, max: MAX_IDS_PER_WRITE })
        .map((entry): DispatchEntry => ({
          productOrderId: entry.requiredString('productOrderId'),
          ...readShipment(entry, {
            method: 'deliveryMethod',
            company: 'deliveryCompanyCode',
            trackingNumber: 'trackingNumber',
          }),
          dispatchDate: entry.requiredKstDateTime('dispatchDate'),
        })),
    );
    const counts = countIds(entries.map((entry) => entry.productOrderId));
    const result = new ProcessingResult();

    for (const entry of entries) {
      const count = counts.get(entry.productOrderId) ?? 0;

      if (count > 1) {
        // Reported once, at the first occurrence; later ones are dropped.
        counts.set(entry.productOrderId, 0);
        result.fail(entry.productOrderId, '104131');
      } else if (count === 1) {
        const action = SELLER_ACTIONS.dispatchProductOrders;

        result.add(entry.productOrderId, store.perform(entry.productOrderId, action, entry));
      }
    }

    return result;
  },
};
