import { InquiryCategory } from './generator/fake-customer-texts';
import { SandboxScenarioName } from './generator/sandbox-scenarios';
import {
  ACTOR_ACTIONS,
  ClaimInput,
  CollectClaimInput,
  ProductOrderAction,
} from './store/product-order-actions';
import { ClaimReason, DeliveryMethod } from './store/sandbox-enums';
import { SandboxInquiry, SandboxInquiryStore } from './store/sandbox-inquiry-store';
import { SandboxOrderStore } from './store/sandbox-order-store';
import { SandboxProductOrder, SandboxShippingAddress } from './store/sandbox-records';
import { SandboxReview, SandboxReviews, WrittenReview } from './store/sandbox-reviews';

export interface CreateProductOrderOptions {
  /** The line's quantity, e.g. 3 to test partial claims; random when omitted. */
  quantity?: number;
  /** When the scenario's last step happens; the sandbox clock when omitted. */
  lastChangedDate?: number | Date;
}

export interface BuyerClaimRequest {
  reason?: ClaimReason;
  detailedReason?: string;
  /** What remains of the line when omitted. */
  quantity?: number;
}

export interface BuyerCollectClaimRequest extends BuyerClaimRequest {
  /** RETURN_DESIGNATED (the merchant's contracted courier picks up) when omitted. */
  collectDeliveryMethod?: DeliveryMethod;
}

export interface BuyerInquiry {
  title: string;
  content: string;
  /** 기타 when omitted. */
  category?: InquiryCategory;
}

/** Where a buyer moves when a test does not say (a real road, a made-up unit). */
const NEW_ADDRESS = {
  baseAddress: '서울특별시 중구 세종대로 110',
  detailedAddress: '3층 301호',
  zipCode: '04524',
};

/**
 * What buyers, couriers and Naver's own timers do, as test hooks (reference section 6, actors
 * B and N). Each acts now, by the sandbox clock, through the same transitions as the seller's
 * writes, and throws an Error naming the product order's state when the step is impossible
 * from there. Each returns a copy of the product order as it ends up.
 */
export class SandboxSimulator {
  constructor(
    private readonly store: SandboxOrderStore,
    private readonly reviews: SandboxReviews,
    private readonly inquiries: SandboxInquiryStore,
    private readonly now: () => number,
  ) {}

  /**
   * A new product order in a scenario's state (PAYED_NOT_YET, PAYED_OK, DELIVERING,
   * DELIVERED, CANCEL_REQUEST, RETURN_REQUEST, EXCHANGE_REQUEST, … see SANDBOX_SCENARIOS),
   * its history ending now unless told otherwise, so #1 reports it in the current window.
   */
  public createProductOrder(
    scenario: SandboxScenarioName,
    options: CreateProductOrderOptions = {},
  ): SandboxProductOrder {
    const [record] = this.store.generate({
      count: 1,
      scenario,
      quantity: options.quantity,
      lastChangedDate: options.lastChangedDate ?? this.now(),
    });

    return record;
  }

  /** Before 발주 확인 the cancel completes at once; after it, it waits for the seller. */
  public buyerRequestsCancel(
    productOrderId: string,
    request: BuyerClaimRequest = {},
  ): SandboxProductOrder {
    const input: ClaimInput = { ...request, reason: request.reason ?? 'INTENT_CHANGED' };
    const action = ACTOR_ACTIONS.buyerRequestsCancel;

    return this.act('request a cancel of', productOrderId, action, input);
  }

  public buyerWithdrawsCancel(productOrderId: string): SandboxProductOrder {
    return this.act('withdraw the cancel of', productOrderId, ACTOR_ACTIONS.buyerWithdrawsCancel);
  }

  public buyerRequestsReturn(
    productOrderId: string,
    request: BuyerCollectClaimRequest = {},
  ): SandboxProductOrder {
    const input = this.collectClaim(productOrderId, request, 'PRODUCT_UNSATISFIED');
    const action = ACTOR_ACTIONS.buyerRequestsReturn;

    return this.act('request a return of', productOrderId, action, input);
  }

  public buyerRequestsExchange(
    productOrderId: string,
    request: BuyerCollectClaimRequest = {},
  ): SandboxProductOrder {
    const input = this.collectClaim(productOrderId, request, 'COLOR_AND_SIZE');
    const action = ACTOR_ACTIONS.buyerRequestsExchange;

    return this.act('request an exchange of', productOrderId, action, input);
  }

  /** The courier starts collecting a return or exchange (→ COLLECTING). */
  public pickupStarted(productOrderId: string): SandboxProductOrder {
    return this.act('start the pickup of', productOrderId, ACTOR_ACTIONS.pickupStarted);
  }

  /** The goods of a return or exchange reach the merchant (→ COLLECT_DONE). */
  public goodsCollected(productOrderId: string): SandboxProductOrder {
    return this.act('collect the goods of', productOrderId, ACTOR_ACTIONS.goodsCollected);
  }

  /** Courier tracking reports the parcel delivered (DELIVERING → DELIVERED). */
  public deliveryCompleted(productOrderId: string): SandboxProductOrder {
    return this.act('complete the delivery of', productOrderId, ACTOR_ACTIONS.deliveryCompleted);
  }

  /** The replacement of an exchange arrives (→ EXCHANGE_DONE, EXCHANGED). */
  public exchangeRedeliveryCompleted(productOrderId: string): SandboxProductOrder {
    const action = ACTOR_ACTIONS.exchangeRedeliveryCompleted;

    return this.act('complete the exchange re-delivery of', productOrderId, action);
  }

  /** The buyer (or the automatic timer) decides the purchase (→ PURCHASE_DECIDED). */
  public purchaseDecided(productOrderId: string): SandboxProductOrder {
    return this.act('decide the purchase of', productOrderId, ACTOR_ACTIONS.purchaseDecided);
  }

  /** The buyer changes the shipping address before dispatch (DELIVERY_ADDRESS_CHANGED). */
  public buyerChangesAddress(
    productOrderId: string,
    address: Partial<SandboxShippingAddress> = {},
  ): SandboxProductOrder {
    const current = this.require(productOrderId).shippingAddress;
    const changed = { ...current, ...NEW_ADDRESS, ...address };
    const action = ACTOR_ACTIONS.buyerChangesAddress;

    return this.act('change the address of', productOrderId, action, changed);
  }

  /** The buyer reviews a product order delivered at some point; shown by #20 from now. */
  public buyerWritesReview(productOrderId: string, review: WrittenReview): SandboxReview {
    return this.reviews.write(productOrderId, review, this.now());
  }

  /** The buyer asks about a product order; listed by #21 under the returned inquiryNo. */
  public buyerAsksInquiry(productOrderId: string, inquiry: BuyerInquiry): SandboxInquiry {
    const record = this.require(productOrderId);

    return this.inquiries.add({
      category: inquiry.category ?? '기타',
      title: inquiry.title,
      inquiryContent: inquiry.content,
      registeredAt: this.now(),
      orderId: record.order.orderId,
      productOrderIds: [productOrderId],
      productNo: record.product.productId,
      productName: record.product.productName,
      productOrderOption: record.product.productOption,
      customerId: record.order.ordererId,
      customerName: record.order.ordererName,
    });
  }

  private collectClaim(
    productOrderId: string,
    request: BuyerCollectClaimRequest,
    defaultReason: ClaimReason,
  ): CollectClaimInput {
    const delivery = this.store.findRecord(productOrderId)?.delivery;

    return {
      reason: request.reason ?? defaultReason,
      detailedReason: request.detailedReason,
      quantity: request.quantity,
      collectDeliveryMethod: request.collectDeliveryMethod ?? 'RETURN_DESIGNATED',
      collectDeliveryCompany: delivery?.deliveryCompany,
    };
  }

  private act(
    what: string,
    productOrderId: string,
    action: ProductOrderAction<undefined>,
  ): SandboxProductOrder;
  private act<Input>(
    what: string,
    productOrderId: string,
    action: ProductOrderAction<Input>,
    input: Input,
  ): SandboxProductOrder;
  private act<Input>(
    what: string,
    productOrderId: string,
    action: ProductOrderAction<Input>,
    input?: Input,
  ): SandboxProductOrder {
    const refusal = this.store.perform(productOrderId, action, input as Input);

    if (refusal !== undefined) {
      throw new Error(`Cannot ${what} ${productOrderId}: ${refusal.reason}`);
    }

    return this.require(productOrderId);
  }

  private require(productOrderId: string): SandboxProductOrder {
    const record = this.store.get(productOrderId);

    if (record === undefined) {
      throw new Error(`The sandbox has no product order ${productOrderId}`);
    }

    return record;
  }
}
