import { TransitionName } from '../store/product-order-transitions';

/**
 * The states the generator produces, each as the path of transitions that reaches it from a
 * fresh order. Walking the path (rather than writing the end state) keeps every record
 * consistent: claim fields, completedClaims, delivery and lastChangedType all come from the same
 * transitions the write operations will use.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A virtual-account (무통장입금) order is cancelled when unpaid this long after ordering. */
export const PAYMENT_DUE_MS = 3 * DAY;

export interface ScenarioDefinition {
  /** Whether the order gets paid before the item steps run. */
  paid: boolean;
  /** Relative frequency in the generated data set. */
  weight: number;
  /** Item transitions after payment (or after ordering, when unpaid). */
  steps: readonly Exclude<TransitionName, 'payment'>[];
  /** How long before the clock's start the order may be placed (default 10 min to 7 days). */
  orderAge?: readonly [minMs: number, maxMs: number];
}

const DISPATCHED = ['confirmPlaceOrder', 'dispatch'] as const;
const DELIVERED = [...DISPATCHED, 'markDelivered'] as const;
const COLLECTED = ['startCollect', 'completeCollect'] as const;
const RETURN_COLLECTED = [...DELIVERED, 'requestReturn', ...COLLECTED] as const;
const EXCHANGE_REQUESTED = [...DELIVERED, 'requestExchange'] as const;
const EXCHANGE_COLLECTED = [...EXCHANGE_REQUESTED, ...COLLECTED] as const;

export const SANDBOX_SCENARIOS = {
  PAYMENT_WAITING: { paid: false, weight: 4, steps: [], orderAge: [10 * MINUTE, 2 * DAY] },
  PAYMENT_WAITING_CANCELING: {
    paid: false,
    weight: 1,
    steps: ['requestCancel'],
    orderAge: [HOUR, 2 * DAY],
  },
  CANCELED_BY_NOPAYMENT: {
    paid: false,
    weight: 2,
    steps: ['cancelForNoPayment'],
    orderAge: [PAYMENT_DUE_MS + HOUR, 7 * DAY],
  },
  PAYED_NOT_YET: { paid: true, weight: 8, steps: [] },
  PAYED_OK: { paid: true, weight: 8, steps: ['confirmPlaceOrder'] },
  PAYED_ADDRESS_CHANGED: { paid: true, weight: 2, steps: ['changeShippingAddress'] },
  PAYED_DISPATCH_DELAYED: { paid: true, weight: 1, steps: ['confirmPlaceOrder', 'delayDispatch'] },
  CANCEL_REQUEST: { paid: true, weight: 2, steps: ['confirmPlaceOrder', 'requestCancel'] },
  CANCEL_REJECT: {
    paid: true,
    weight: 1,
    steps: ['confirmPlaceOrder', 'requestCancel', 'withdrawCancel'],
  },
  CANCEL_DONE: { paid: true, weight: 4, steps: ['requestCancel', 'completeCancel'] },
  CANCEL_DONE_BY_APPROVAL: {
    paid: true,
    weight: 2,
    steps: ['confirmPlaceOrder', 'requestCancel', 'completeCancel'],
  },
  DELIVERING: { paid: true, weight: 10, steps: DISPATCHED },
  DELIVERED: { paid: true, weight: 12, steps: DELIVERED },
  PURCHASE_DECIDED: { paid: true, weight: 20, steps: [...DELIVERED, 'decidePurchase'] },
  RETURN_REQUEST: { paid: true, weight: 2, steps: [...DELIVERED, 'requestReturn'] },
  RETURN_COLLECTING: {
    paid: true,
    weight: 1,
    steps: [...DELIVERED, 'requestReturn', 'startCollect'],
  },
  RETURN_COLLECT_DONE: { paid: true, weight: 1, steps: RETURN_COLLECTED },
  RETURN_HOLDBACK: { paid: true, weight: 1, steps: [...RETURN_COLLECTED, 'holdbackClaim'] },
  RETURN_DONE: { paid: true, weight: 3, steps: [...RETURN_COLLECTED, 'completeReturn'] },
  RETURN_REJECT: { paid: true, weight: 1, steps: [...DELIVERED, 'requestReturn', 'rejectReturn'] },
  EXCHANGE_REQUEST: { paid: true, weight: 2, steps: EXCHANGE_REQUESTED },
  EXCHANGE_COLLECTING: { paid: true, weight: 1, steps: [...EXCHANGE_REQUESTED, 'startCollect'] },
  EXCHANGE_COLLECT_DONE: { paid: true, weight: 1, steps: EXCHANGE_COLLECTED },
  EXCHANGE_HOLDBACK: { paid: true, weight: 1, steps: [...EXCHANGE_COLLECTED, 'holdbackClaim'] },
  EXCHANGE_REDELIVERING: {
    paid: true,
    weight: 1,
    steps: [...EXCHANGE_COLLECTED, 'redeliverExchange'],
  },
  EXCHANGE_DONE: {
    paid: true,
    weight: 2,
    steps: [...EXCHANGE_COLLECTED, 'redeliverExchange', 'completeExchange'],
  },
  EXCHANGE_REJECT: { paid: true, weight: 1, steps: [...EXCHANGE_REQUESTED, 'rejectExchange'] },
} satisfies Record<string, ScenarioDefinition>;

export type SandboxScenarioName = keyof typeof SANDBOX_SCENARIOS;

export const SCENARIO_NAMES = Object.keys(SANDBOX_SCENARIOS) as SandboxScenarioName[];

export function scenarioDefinition(name: SandboxScenarioName): ScenarioDefinition {
  return SANDBOX_SCENARIOS[name];
}

/** How long after the previous step each transition usually happens. */
export const STEP_DELAYS: Record<Exclude<TransitionName, 'payment'>, readonly [number, number]> = {
  cancelForNoPayment: [PAYMENT_DUE_MS, PAYMENT_DUE_MS],
  confirmPlaceOrder: [10 * MINUTE, 8 * HOUR],
  delayDispatch: [HOUR, 24 * HOUR],
  changeShippingAddress: [5 * MINUTE, 6 * HOUR],
  dispatch: [2 * HOUR, 36 * HOUR],
  markDelivered: [12 * HOUR, 2 * DAY],
  decidePurchase: [HOUR, 3 * DAY],
  requestCancel: [5 * MINUTE, 12 * HOUR],
  completeCancel: [MINUTE, 12 * HOUR],
  withdrawCancel: [10 * MINUTE, 6 * HOUR],
  requestReturn: [2 * HOUR, 2 * DAY],
  requestExchange: [2 * HOUR, 2 * DAY],
  startCollect: [2 * HOUR, 24 * HOUR],
  completeCollect: [12 * HOUR, 2 * DAY],
  holdbackClaim: [HOUR, 12 * HOUR],
  releaseHoldback: [HOUR, 24 * HOUR],
  completeReturn: [2 * HOUR, 24 * HOUR],
  rejectReturn: [2 * HOUR, 24 * HOUR],
  redeliverExchange: [6 * HOUR, 24 * HOUR],
  completeExchange: [DAY, 2 * DAY],
  rejectExchange: [2 * HOUR, 24 * HOUR],
};

export const DEFAULT_ORDER_AGE: readonly [number, number] = [10 * MINUTE, 7 * DAY];
