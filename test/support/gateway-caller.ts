import request from 'supertest';

import { toKstDateTime } from '../../src/common/time/kst';
import { SandboxScenarioName } from '../../src/sandbox/generator/sandbox-scenarios';
import { SandboxOperationName } from '../../src/sandbox/http/sandbox-operation';
import { SandboxJournalEntry } from '../../src/sandbox/journal';
import { JsonBody } from '../../src/sandbox/testing/sandbox-test-client';
import { GatewayHarness, GatewayOptions, startGateway } from './gateway-harness';

/** The order API's path as the sandbox receives it (base URL prefix included). */
export const UPSTREAM_ORDER_API = '/npay/partner/v1/pay-order/mall';

/** The product order writes' path as the sandbox receives it. */
export const UPSTREAM_PRODUCT_ORDERS = `${UPSTREAM_ORDER_API}/product-orders`;

export interface GatewayAnswer {
  status: number;
  headers: Record<string, string>;
  body: JsonBody;
  text: string;
}

/** What a product order looks like when read back through the gateway's own queries. */
export interface ReadBack {
  productOrderStatus: string;
  claimStatus?: string;
  /** The type of its last change, from last-changed-statuses; undefined when not listed. */
  lastChangedType?: string;
}

const toAnswer = (response: request.Response): GatewayAnswer => ({
  status: response.status,
  headers: response.headers as Record<string, string>,
  body: response.body,
  text: response.text,
});

/**
 * Calls the gateway over real HTTP as a mall service would, and reads what the sandbox received.
 * One per gateway; specs share it across their tests (see gatewayForSuite).
 */
export class GatewayCaller {
  private harness?: GatewayHarness;
  private trackingSerial = 640_000_000_000;

  /** The gateway called, with its sandbox and clock. */
  public get gateway(): GatewayHarness {
    if (this.harness === undefined) {
      throw new Error('The gateway is not started yet: use it in a test or hook');
    }

    return this.harness;
  }

  public attach(gateway: GatewayHarness): this {
    this.harness = gateway;

    return this;
  }

  public async get(pathAndQuery: string): Promise<GatewayAnswer> {
    return toAnswer(await request(this.gateway.url).get(pathAndQuery));
  }

  /** A string body is sent as is (as JSON), so a test controls every byte. */
  public async post(path: string, body?: unknown): Promise<GatewayAnswer> {
    const call = request(this.gateway.url).post(path).set('content-type', 'application/json');

    return toAnswer(await call.send(typeof body === 'string' ? body : JSON.stringify(body ?? {})));
  }

  public async put(path: string, body: unknown): Promise<GatewayAnswer> {
    const call = request(this.gateway.url).put(path).set('content-type', 'application/json');

    return toAnswer(await call.send(typeof body === 'string' ? body : JSON.stringify(body)));
  }

  /** `POST /v1/product-orders/{productOrderId}/{action}`. */
  public write(productOrderId: string, action: string, body?: unknown): Promise<GatewayAnswer> {
    return this.post(`/v1/product-orders/${productOrderId}/${action}`, body);
  }

  /** A new product order in a scenario's state, made by the sandbox's simulator. */
  public created(scenario: SandboxScenarioName, quantity?: number): string {
    return this.gateway.sandbox.simulate.createProductOrder(scenario, { quantity }).productOrderId;
  }

  /** A parcel tracking number no other test has used (the sandbox refuses reuse, 104121). */
  public newTrackingNumber(): string {
    this.trackingSerial += 1;

    return String(this.trackingSerial);
  }

  /** A DELIVERY dispatch entry for `productOrderId`, leaving now. */
  public parcelDispatch(productOrderId: string): JsonBody {
    return {
      productOrderId,
      deliveryMethod: 'DELIVERY',
      deliveryCompanyCode: 'HANJIN',
      trackingNumber: this.newTrackingNumber(),
      dispatchDate: new Date(this.gateway.clock.now()).toISOString(),
    };
  }

  /** The detail of one product order, through `POST /v1/product-orders/query`. */
  public async detail(productOrderId: string): Promise<JsonBody> {
    const answer = await this.post('/v1/product-orders/query', {
      productOrderIds: [productOrderId],
    });

    expect(answer.status).toBe(200);

    return answer.body[0];
  }

  /**
   * The product order's entry in last-changed-statuses for the window from `since` to now, or
   * undefined when its last change is not in that window.
   */
  public async changeSince(productOrderId: string, since: number): Promise<JsonBody | undefined> {
    const from = encodeURIComponent(toKstDateTime(since));
    const to = encodeURIComponent(toKstDateTime(this.gateway.clock.now()));
    const answer = await this.get(
      `/v1/product-orders/last-changed-statuses?lastChangedFrom=${from}&lastChangedTo=${to}`,
    );

    expect(answer.status).toBe(200);

    return answer.body.lastChangeStatuses.find(
      (entry: JsonBody) => entry.productOrderId === productOrderId,
    );
  }

  /** Status, claim status and the last change since `since`, all read through the gateway. */
  public async readBack(productOrderId: string, since: number): Promise<ReadBack> {
    const detail = await this.detail(productOrderId);
    const change = await this.changeSince(productOrderId, since);

    return {
      productOrderStatus: detail.productOrder.productOrderStatus,
      claimStatus: detail.productOrder.claimStatus,
      lastChangedType: change?.lastChangedType,
    };
  }

  public calls(operation: SandboxOperationName): SandboxJournalEntry[] {
    return this.gateway.sandbox.journal.byOperation(operation);
  }

  /** The one call of `operation` the sandbox received; fails when there were none or several. */
  public onlyCall(operation: SandboxOperationName): SandboxJournalEntry {
    const calls = this.calls(operation);

    expect(calls).toHaveLength(1);

    return calls[0];
  }
}

/** The per-item result of a write that did what it was asked for every id. */
export function allSucceeded(...productOrderIds: string[]): JsonBody {
  return {
    outcome: 'SUCCEEDED',
    succeeded: productOrderIds.map((productOrderId) => ({ productOrderId })),
    failed: [],
  };
}

/** The problem a caller gets when the upstream refused a single product order write. */
export function refusal(status: number, code: string, upstreamCode: string): JsonBody {
  return { status, code, upstreamCode, upstreamTraceId: expect.any(String) };
}

/**
 * One gateway for the enclosing describe block, started before its tests and closed after them,
 * with the sandbox journal cleared before each test.
 */
export function gatewayForSuite(options: GatewayOptions = {}): GatewayCaller {
  const api = new GatewayCaller();

  beforeAll(async () => {
    api.attach(await startGateway(options));
  });

  afterAll(() => api.gateway.close());

  beforeEach(() => api.gateway.sandbox.journal.clear());

  return api;
}
