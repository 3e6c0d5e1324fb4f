import { applyTransition } from '../store/product-order-transitions';
import { PaymentMeans } from '../store/sandbox-enums';
import { SandboxProductOrder } from '../store/sandbox-records';
import { fakePerson } from './fake-korean-data';
import { FakeIds } from './fake-ids';
import {
  fakeOrder,
  fakePaymentMeans,
  fakeProductOrder,
  settleOrderAmounts,
} from './fake-order-records';
import { fakeStepDetails } from './fake-step-details';
import {
  DEFAULT_ORDER_AGE,
  SCENARIO_NAMES,
  STEP_DELAYS,
  SandboxScenarioName,
  scenarioDefinition,
} from './sandbox-scenarios';
import { SeededRandom } from './seeded-random';

export interface GenerateProductOrdersRequest {
  /** How many product orders to create. */
  count: number;
  /** The state to reach; picked at random (by weight) for each order when omitted. */
  scenario?: SandboxScenarioName;
  /**
   * Pins the last change of every created product order to this instant (epoch ms or Date),
   * e.g. to put many changes at the same instant.
   */
  lastChangedDate?: number | Date;
  /** Product orders per order; 1 when omitted. */
  productOrdersPerOrder?: number;
  /** Quantity of every created line (e.g. 3, to test partial claims); random when omitted. */
  quantity?: number;
}

interface OrderTimeline {
  orderDate: number;
  /** Payment, or the order itself when it stays unpaid: where the line steps start. */
  historyStart: number;
  /** Per line, the wait before each of its scenario steps. */
  stepDelays: number[][];
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

const ITEMS_PER_ORDER = [1, 2, 3, 4];
const ITEMS_PER_ORDER_WEIGHTS = [60, 25, 10, 5];

/**
 * Creates orders and their product orders from a seeded PRNG and a fixed clock start, so the
 * same seed and clock always give the same data (as long as calls come in the same order).
 */
export class ProductOrderGenerator {
  private readonly random: SeededRandom;
  private readonly ids: FakeIds;

  constructor(
    seed: number,
    private readonly clockStart: number,
    isIdTaken: (id: string) => boolean,
  ) {
    this.random = new SeededRandom(seed);
    this.ids = new FakeIds(this.random, isIdTaken);
  }

  /** The start-up data set: every scenario once, then weighted picks up to `count`. */
  public generateInitialData(count: number): SandboxProductOrder[] {
    const records: SandboxProductOrder[] = [];

    for (let orderIndex = 0; records.length < count; orderIndex += 1) {
      const scenario =
        orderIndex < SCENARIO_NAMES.length ? SCENARIO_NAMES[orderIndex] : this.pickScenario();
      const itemCount = Math.min(
        this.random.pickWeighted(ITEMS_PER_ORDER, ITEMS_PER_ORDER_WEIGHTS),
        count - records.length,
      );

      records.push(...this.generateOrder(this.itemScenarios(scenario, itemCount)));
    }

    return records;
  }

  /** A fresh id of the upstream's shape, e.g. for a claim a write operation opens. */
  public newId(at: number): string {
    return this.ids.newId(at);
  }

  public generate(request: GenerateProductOrdersRequest): SandboxProductOrder[] {
    const perOrder = Math.max(1, request.productOrdersPerOrder ?? 1);
    const pinnedAt =
      request.lastChangedDate instanceof Date
        ? request.lastChangedDate.getTime()
        : request.lastChangedDate;
    const records: SandboxProductOrder[] = [];

    while (records.length < request.count) {
      const scenario = request.scenario ?? this.pickScenario();
      const itemCount = Math.min(perOrder, request.count - records.length);

      // A pinned instant needs one shared timeline, hence one scenario for the whole order.
      const scenarios =
        pinnedAt === undefined && request.scenario === undefined
          ? this.itemScenarios(scenario, itemCount)
          : Array<SandboxScenarioName>(itemCount).fill(scenario);

      records.push(...this.generateOrder(scenarios, pinnedAt, request.quantity));
    }

    return records;
  }

  private pickScenario(): SandboxScenarioName {
    const weights = SCENARIO_NAMES.map((name) => scenarioDefinition(name).weight);

    return this.random.pickWeighted(SCENARIO_NAMES, weights);
  }

  /** Unpaid states are order-wide; paid orders may have lines in different states. */
  private itemScenarios(first: SandboxScenarioName, itemCount: number): SandboxScenarioName[] {
    const scenarios = [first];

    while (scenarios.length < itemCount) {
      scenarios.push(scenarioDefinition(first).paid ? this.pickPaidScenario() : first);
    }

    return scenarios;
  }

  private pickPaidScenario(): SandboxScenarioName {
    const paid = SCENARIO_NAMES.filter((name) => scenarioDefinition(name).paid);

    return this.random.pickWeighted(
      paid,
      paid.map((name) => scenarioDefinition(name).weight),
    );
  }

  private generateOrder(
    scenarios: readonly SandboxScenarioName[],
    pinnedAt?: number,
    quantity?: number,
  ): SandboxProductOrder[] {
    const isPaid = scenarioDefinition(scenarios[0]).paid;
    const paymentMeans: PaymentMeans = isPaid ? fakePaymentMeans(this.random) : '무통장입금';
    const timeline = this.planTimeline(scenarios, paymentMeans, pinnedAt);
    const order = fakeOrder(this.random, this.ids, timeline.orderDate, paymentMeans);
    const receiver = this.random.chance(0.8)
      ? { name: order.ordererName, tel: order.ordererTel }
      : fakePerson(this.random);
    const packageNumber = this.ids.newId(order.orderDate);
    const records = scenarios.map(() =>
      fakeProductOrder(this.random, this.ids, order, receiver, packageNumber, quantity),
    );

    settleOrderAmounts(this.random, order, records);

    records.forEach((record, index) => {
      if (isPaid) {
        applyTransition(record, 'payment', timeline.historyStart, {});
      }

      this.runSteps(record, scenarios[index], timeline.historyStart, timeline.stepDelays[index]);
    });

    return records;
  }

  /**
   * When the order is placed and how long each line waits before each of its steps. A pinned
   * instant fixes the end instead: all lines then share one history that reaches its last
   * step exactly at that instant.
   */
  private planTimeline(
    scenarios: readonly SandboxScenarioName[],
    paymentMeans: PaymentMeans,
    pinnedAt: number | undefined,
  ): OrderTimeline {
    const leading = scenarioDefinition(scenarios[0]);
    const paymentDelay = leading.paid ? this.paymentDelay(paymentMeans) : 0;

    if (pinnedAt !== undefined) {
      const shared = this.stepDelays(scenarios[0]);
      const orderDate = pinnedAt - paymentDelay - sum(shared);

      return {
        orderDate,
        historyStart: orderDate + paymentDelay,
        stepDelays: scenarios.map(() => shared),
      };
    }

    // Order dates stay uniform over the period, like a shop's steady trade; a history too long
    // for the time left is squeezed (fitBeforeClockStart).
    const [minAge, maxAge] = leading.orderAge ?? DEFAULT_ORDER_AGE;
    const orderDate = this.clockStart - this.random.integer(minAge, maxAge);
    const historyStart =
      orderDate + Math.min(paymentDelay, Math.floor((this.clockStart - orderDate) / 2));

    return {
      orderDate,
      historyStart,
      stepDelays: scenarios.map((scenario) =>
        this.fitBeforeClockStart(historyStart, this.stepDelays(scenario)),
      ),
    };
  }

  private paymentDelay(paymentMeans: PaymentMeans): number {
    // A virtual-account payment arrives hours later; the others are instant.
    return paymentMeans === '무통장입금'
      ? this.random.integer(10 * MINUTE, 30 * HOUR)
      : this.random.integer(5 * SECOND, 3 * MINUTE);
  }

  private stepDelays(scenario: SandboxScenarioName): number[] {
    return scenarioDefinition(scenario).steps.map((step) => {
      const [min, max] = STEP_DELAYS[step];

      return this.random.integer(min, max);
    });
  }

  /**
   * Squeezes a history longer than the time left before the clock's start. It ends at a random
   * point of that time, so squeezed histories do not all pile up on one instant.
   */
  private fitBeforeClockStart(startAt: number, delays: number[]): number[] {
    const total = sum(delays);
    const available = this.clockStart - MINUTE - startAt;

    if (total <= available) {
      return delays;
    }

    // A fraction drawn finely enough that two squeezed histories hardly ever end together.
    const target = available * (0.5 + this.random.next() / 2);

    return delays.map((delay) => Math.floor((delay * target) / total));
  }

  private runSteps(
    record: SandboxProductOrder,
    scenario: SandboxScenarioName,
    startAt: number,
    delays: readonly number[],
  ): void {
    let at = startAt;

    scenarioDefinition(scenario).steps.forEach((step, index) => {
      at += delays[index];

      const details = fakeStepDetails(this.random, this.ids, record, step, at);

      applyTransition(record, step, at, details);
    });
  }
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
