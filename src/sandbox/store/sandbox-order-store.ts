import {
  GenerateProductOrdersRequest,
  ProductOrderGenerator,
} from '../generator/product-order-generator';
import { ActionContext, ProductOrderAction, Refusal } from './product-order-actions';
import { renderProductOrderDetail } from './product-order-view';
import {
  TransitionDetails,
  TransitionName,
  applyTransition,
  recordLastChange,
} from './product-order-transitions';
import { LastChangedType } from './sandbox-enums';
import { SandboxOrder, SandboxProductOrder } from './sandbox-records';

const UPSTREAM_ID = /^\d{16}$/;

export interface ChangePageQuery {
  from: number;
  to: number;
  /** Skips items at exactly `from` whose productOrderId sorts before this (the `more` key). */
  moreSequence?: string;
  lastChangedType?: LastChangedType;
  limit: number;
}

export interface ChangePage {
  items: SandboxProductOrder[];
  /** The first item left out, when the window holds more than `limit`. */
  next?: SandboxProductOrder;
}

/**
 * The sandbox's product orders, keyed by productOrderId, with the orders they belong to.
 *
 * Test hooks (`get`, `list`, `render`, `insert`, `generate`, `update`, `transition`, `touch`)
 * hand out copies, so a test cannot change the data behind the sandbox's back; changes go
 * through `update`/`transition`/`touch`, which also keep the change index current. `perform`
 * runs an action with its preconditions, for the write routes and the simulator. The route
 * handlers read the live records through the query methods below.
 */
export class SandboxOrderStore {
  private readonly productOrders = new Map<string, SandboxProductOrder>();
  private readonly orders = new Map<string, SandboxOrder>();
  private readonly productOrderIdsByOrder = new Map<string, string[]>();
  /** Product orders sorted by (lastChangedDate, productOrderId); rebuilt after changes. */
  private changeIndex?: SandboxProductOrder[];
  /** Serialized detail objects by productOrderId; dropped when the record may have changed. */
  private readonly detailJsonCache = new Map<string, string>();
  /** Shipped product orders by courier and tracking number; rebuilt after changes. */
  private shipmentIndex?: Map<string, SandboxProductOrder[]>;
  private readonly generator: ProductOrderGenerator;

  constructor(
    private readonly now: () => number,
    seed: number,
    clockStart: number,
  ) {
    this.generator = new ProductOrderGenerator(seed, clockStart, (id) => this.isIdTaken(id));
  }

  public get size(): number {
    return this.productOrders.size;
  }

  public get(productOrderId: string): SandboxProductOrder | undefined {
    const record = this.productOrders.get(productOrderId);

    return record === undefined ? undefined : structuredClone(record);
  }

  /** Every product order, in the order they were added. */
  public list(): SandboxProductOrder[] {
    return [...this.productOrders.values()].map((record) => structuredClone(record));
  }

  /** The detail object (reference 4.2) the API would return for this product order. */
  public render(productOrderId: string): Record<string, unknown> | undefined {
    const record = this.productOrders.get(productOrderId);

    return record === undefined ? undefined : renderProductOrderDetail(record);
  }

  /**
   * Adds copies of product orders built elsewhere. A product order whose orderId the store
   * already knows joins that order, and the `order` fields it carries are ignored.
   */
  public insert(...records: SandboxProductOrder[]): void {
    const incomingIds = new Set<string>();

    for (const record of records) {
      this.assertInsertable(record, incomingIds);
      incomingIds.add(record.productOrderId);
    }

    for (const record of records) {
      const order = this.orders.get(record.order.orderId) ?? structuredClone(record.order);

      this.orders.set(order.orderId, order);
      this.productOrders.set(record.productOrderId, { ...structuredClone(record), order });

      const siblings = this.productOrderIdsByOrder.get(order.orderId) ?? [];

      siblings.push(record.productOrderId);
      this.productOrderIdsByOrder.set(order.orderId, siblings);
    }

    this.changeIndex = undefined;
    this.shipmentIndex = undefined;
  }

  /** Creates product orders in a chosen state (see GenerateProductOrdersRequest) and adds them. */
  public generate(request: GenerateProductOrdersRequest): SandboxProductOrder[] {
    const records = this.generator.generate(request);

    this.insert(...records);

    return records.map((record) => this.get(record.productOrderId) as SandboxProductOrder);
  }

  /** Loads the start-up data set; called once by the sandbox. */
  public seedInitialData(count: number): void {
    this.insert(...this.generator.generateInitialData(count));
  }

  /**
   * Changes a product order in place. `mutate` gets the live record (and, through it, the live
   * order); lastChangedDate/lastChangedType are left to the caller, see `touch`.
   */
  public update(
    productOrderId: string,
    mutate: (record: SandboxProductOrder) => void,
  ): SandboxProductOrder {
    const record = this.requireRecord(productOrderId);

    mutate(record);
    this.changeIndex = undefined;
    this.shipmentIndex = undefined;

    // The order object is shared, so a change may show in every sibling's detail.
    for (const siblingId of this.productOrderIdsByOrder.get(record.order.orderId) ?? []) {
      this.detailJsonCache.delete(siblingId);
    }

    return structuredClone(record);
  }

  /** Applies a state transition (reference section 6) without checking its preconditions. */
  public transition<Name extends TransitionName>(
    productOrderId: string,
    name: Name,
    details: TransitionDetails[Name],
    at: number = this.now(),
  ): SandboxProductOrder {
    return this.update(productOrderId, (record) => applyTransition(record, name, at, details));
  }

  /**
   * Performs an action (product-order-actions.ts) at `at`, the sandbox clock by default: checks
   * its preconditions, then applies its transitions. Returns the refusal when it may not, with
   * 100001 for an unknown product order.
   */
  public perform<Input>(
    productOrderId: string,
    action: ProductOrderAction<Input>,
    input: Input,
    at: number = this.now(),
  ): Refusal | undefined {
    const record = this.productOrders.get(productOrderId);

    if (record === undefined) {
      return new Refusal('100001', `the sandbox has no product order ${productOrderId}`);
    }

    const context = this.actionContext(at);
    const refusal = action.refusal(record, input, context);

    if (refusal !== undefined) {
      return refusal;
    }

    for (const step of action.steps(record, input, context)) {
      this.transition(productOrderId, step.name, step.details, at);
    }

    return undefined;
  }

  /** Marks a change: lastChangedDate := at, and lastChangedType when one is given. */
  public touch(
    productOrderId: string,
    lastChangedType?: LastChangedType,
    at: number = this.now(),
  ): SandboxProductOrder {
    return this.update(productOrderId, (record) => {
      recordLastChange(record, lastChangedType ?? 'sameType', at);
    });
  }

  public findRecord(productOrderId: string): Readonly<SandboxProductOrder> | undefined {
    return this.productOrders.get(productOrderId);
  }

  /** The detail object (reference 4.2) as JSON text, rendered once per version of the record. */
  public detailJson(record: Readonly<SandboxProductOrder>): string {
    let json = this.detailJsonCache.get(record.productOrderId);

    if (json === undefined) {
      json = JSON.stringify(renderProductOrderDetail(record));
      this.detailJsonCache.set(record.productOrderId, json);
    }

    return json;
  }

  public productOrderIdsOf(orderId: string): readonly string[] | undefined {
    return this.productOrderIdsByOrder.get(orderId);
  }

  public records(): IterableIterator<Readonly<SandboxProductOrder>> {
    return this.productOrders.values();
  }

  /**
   * One page of #1: changes in [from, to] sorted by (lastChangedDate, productOrderId), starting
   * at (from, moreSequence). Found by binary search, so paging stays cheap for benchmarks.
   */
  public pageOfChanges(query: ChangePageQuery): ChangePage {
    const index = this.sortedByLastChange();
    const items: SandboxProductOrder[] = [];

    for (let position = this.firstChangeAt(index, query); position < index.length; position++) {
      const record = index[position];

      if (record.lastChangedDate > query.to) {
        break;
      }

      if (query.lastChangedType !== undefined && record.lastChangedType !== query.lastChangedType) {
        continue;
      }

      if (items.length === query.limit) {
        return { items, next: record };
      }

      items.push(record);
    }

    return { items };
  }

  private firstChangeAt(index: readonly SandboxProductOrder[], query: ChangePageQuery): number {
    const sequence = query.moreSequence ?? '';
    let low = 0;
    let high = index.length;

    while (low < high) {
      const middle = (low + high) >>> 1;
      const record = index[middle];
      const isBefore =
        record.lastChangedDate < query.from ||
        (record.lastChangedDate === query.from && record.productOrderId < sequence);

      if (isBefore) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }

    return low;
  }

  private sortedByLastChange(): SandboxProductOrder[] {
    this.changeIndex ??= [...this.productOrders.values()].sort(
      (left, right) =>
        left.lastChangedDate - right.lastChangedDate ||
        (left.productOrderId < right.productOrderId ? -1 : 1),
    );

    return this.changeIndex;
  }

  private actionContext(at: number): ActionContext {
    return {
      now: at,
      shipmentsWith: (company, trackingNumber) =>
        this.indexOfShipments().get(shipmentKey(company, trackingNumber)) ?? [],
      newClaimId: () => this.generator.newId(at),
    };
  }

  private indexOfShipments(): Map<string, SandboxProductOrder[]> {
    if (this.shipmentIndex !== undefined) {
      return this.shipmentIndex;
    }

    const index = new Map<string, SandboxProductOrder[]>();
    const add = (record: SandboxProductOrder, company?: string, trackingNumber?: string) => {
      if (company !== undefined && trackingNumber !== undefined) {
        const key = shipmentKey(company, trackingNumber);

        index.set(key, [...(index.get(key) ?? []), record]);
      }
    };

    for (const record of this.productOrders.values()) {
      const redelivery = record.currentClaim?.redelivery;

      add(record, record.delivery?.deliveryCompany, record.delivery?.trackingNumber);
      add(record, redelivery?.reDeliveryCompany, redelivery?.reDeliveryTrackingNumber);
    }

    this.shipmentIndex = index;

    return index;
  }

  private isIdTaken(id: string): boolean {
    return this.productOrders.has(id) || this.orders.has(id);
  }

  private requireRecord(productOrderId: string): SandboxProductOrder {
    const record = this.productOrders.get(productOrderId);

    if (record === undefined) {
      throw new Error(`The sandbox has no product order ${productOrderId}`);
    }

    return record;
  }

  private assertInsertable(record: SandboxProductOrder, incomingIds: Set<string>): void {
    if (!UPSTREAM_ID.test(record.productOrderId) || !UPSTREAM_ID.test(record.order.orderId)) {
      throw new Error(`Ids must be 16 digits like the upstream's: ${record.productOrderId}`);
    }

    if (this.productOrders.has(record.productOrderId) || incomingIds.has(record.productOrderId)) {
      throw new Error(`The sandbox already has product order ${record.productOrderId}`);
    }
  }
}

/** Tracking numbers are unique per courier, not across couriers. */
function shipmentKey(company: string, trackingNumber: string): string {
  return `${company}\u0000${trackingNumber}`;
}
