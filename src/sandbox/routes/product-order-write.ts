import { BodyReader, readBody } from '../http/body-reader';
import { INPUT_PROBLEMS } from '../http/request-input';
import { SandboxOperation, SandboxOperationName } from '../http/sandbox-operation';
import { ProcessingFailure, processingFailure } from '../sandbox-errors';
import {
  HoldbackInput,
  ProductOrderAction,
  Refusal,
  RejectInput,
  ShipmentInput,
} from '../store/product-order-actions';
import { COURIER_CODES } from '../store/sandbox-couriers';
import { DELIVERY_METHODS, HOLDBACK_REASONS } from '../store/sandbox-enums';

export const PRODUCT_ORDERS_PATH = '/v1/pay-order/mall/product-orders';

/** Most product orders one confirm (#5) or dispatch (#7) call takes (reference 1.2). */
export const MAX_IDS_PER_WRITE = 30;

/**
 * The one documented length limit of a free-text reason (cancelDetailedReason, 4.8). [U] The
 * others publish none; the sandbox holds them to the same 500 characters.
 */
export const MAX_REASON_LENGTH = 500;

/**
 * The common processing result of #6–#19 (reference 3.3): sent with HTTP 200 whatever happened
 * to each product order, refused ones listed with their code.
 */
export class ProcessingResult {
  public readonly successProductOrderIds: string[] = [];
  public readonly failProductOrderInfos: ProcessingFailure[] = [];

  public add(productOrderId: string, refusal: Refusal | undefined): void {
    if (refusal === undefined) {
      this.successProductOrderIds.push(productOrderId);
    } else {
      this.fail(productOrderId, refusal.code);
    }
  }

  public fail(productOrderId: string, code: string): void {
    this.failProductOrderInfos.push(processingFailure(productOrderId, code));
  }
}

/** How often each id occurs, in the order first asked (104131 marks the repeated ones). */
export function countIds(productOrderIds: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();

  for (const productOrderId of productOrderIds) {
    counts.set(productOrderId, (counts.get(productOrderId) ?? 0) + 1);
  }

  return counts;
}

interface ProductOrderWriteSpec<Input> {
  name: SandboxOperationName;
  /** The path below `…/product-orders/:productOrderId/`. */
  action: string;
  act: ProductOrderAction<Input>;
  /** Reads the JSON body into the action's input. */
  readInput: (body: BodyReader) => Input;
}

/**
 * A write on one product order (#6, #8–#19): `POST …/product-orders/{productOrderId}/{action}`,
 * answered with the common processing result; a body, when the write has one, is checked
 * first (400 `4000`). Writes without a body ignore whatever is sent.
 */
export function productOrderWrite(
  spec: Omit<ProductOrderWriteSpec<undefined>, 'readInput'>,
): SandboxOperation;
export function productOrderWrite<Input>(spec: ProductOrderWriteSpec<Input>): SandboxOperation;
export function productOrderWrite<Input>(
  spec: Omit<ProductOrderWriteSpec<Input>, 'readInput'> & Partial<ProductOrderWriteSpec<Input>>,
): SandboxOperation {
  return {
    name: spec.name,
    method: 'POST',
    path: `${PRODUCT_ORDERS_PATH}/:productOrderId/${spec.action}`,
    authentication: 'bearer',
    errorShape: 'api',
    envelope: 'data',
    handle(request, { store }) {
      const input = spec.readInput && readBody(request, spec.readInput);
      const { productOrderId } = request.params;
      const result = new ProcessingResult();

      result.add(productOrderId, store.perform(productOrderId, spec.act, input as Input));

      return result;
    },
  };
}

/** A courier code, or a 400: where the write has no code of its own for a bad one. */
export function readCourier(body: BodyReader, name: string): string | undefined {
  const value = body.string(name);

  if (value !== undefined && !COURIER_CODES.has(value)) {
    body.problem(name, INPUT_PROBLEMS.mismatch);
  }

  return value;
}

/**
 * A shipment (#7 entries, #16): the method must be one of the enum (400 otherwise), while a
 * missing or unknown courier and tracking number are the item's own failures (104118–104122).
 * Empty strings count as missing.
 */
export function readShipment(
  body: BodyReader,
  names: { method: string; company: string; trackingNumber: string },
): ShipmentInput {
  return {
    deliveryMethod: body.requiredOneOf(names.method, DELIVERY_METHODS),
    deliveryCompany: body.string(names.company) || undefined,
    trackingNumber: body.string(names.trackingNumber) || undefined,
  };
}

export function readReject(body: BodyReader, name: string): RejectInput {
  return { reason: body.requiredString(name, { maxLength: MAX_REASON_LENGTH }) };
}

export function readHoldback(
  body: BodyReader,
  names: { detailedReason: string; feeAmount: string },
): HoldbackInput {
  return {
    reason: body.requiredOneOf('holdbackClassType', HOLDBACK_REASONS),
    detailedReason: body.requiredString(names.detailedReason, { maxLength: MAX_REASON_LENGTH }),
    feeAmount: body.number(names.feeAmount, { min: 0 }),
  };
}
