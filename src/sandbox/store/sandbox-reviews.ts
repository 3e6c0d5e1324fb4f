import { createHash } from 'node:crypto';

import { fakeReviewText } from '../generator/fake-customer-texts';
import { SeededRandom, seedFor } from '../generator/seeded-random';
import { SandboxOrderStore } from './sandbox-order-store';
import { SandboxProductOrder } from './sandbox-records';

/** GENERAL: text review; PREMIUM: photo or video review (the SOAP PurchaseReviewClassType). */
export const REVIEW_TYPES = ['GENERAL', 'PREMIUM'] as const;
export type ReviewType = (typeof REVIEW_TYPES)[number];

export interface SandboxReview {
  purchaseReviewId: string;
  reviewType: ReviewType;
  productOrderId: string;
  productId: string;
  writerId: string;
  /** 1 to 5. */
  purchaseReviewScore: number;
  title: string;
  content: string;
  createdAt: number;
}

/** What a simulated buyer writes; the rest is filled in. */
export interface WrittenReview {
  content: string;
  title?: string;
  /** 5 when omitted. */
  score?: number;
  /** GENERAL when omitted. */
  reviewType?: ReviewType;
}

const HOUR = 60 * 60 * 1000;

/** Share of delivered product orders whose buyer writes a review, and of those with photos. */
const REVIEW_RATE = 0.6;
const PREMIUM_RATE = 0.3;

const SCORES = [5, 4, 3, 2, 1];
const SCORE_WEIGHTS = [60, 25, 8, 4, 3];

/**
 * Purchase reviews (리뷰 조회, reference 4.20). Every product order that was delivered at some
 * point may have one, written a few hours to days after delivery; whether it has one, and what
 * it says, comes from a seed keyed by the product order, so the same data always gives the same
 * reviews and a review shows up once the sandbox clock passes its writing time. Reviews a test
 * writes through the simulator replace the generated one of that product order.
 */
export class SandboxReviews {
  private readonly written = new Map<string, SandboxReview>();

  constructor(
    private readonly store: SandboxOrderStore,
    private readonly seed: number,
  ) {}

  /** The buyer writes (or rewrites) the review of a delivered product order. */
  public write(productOrderId: string, review: WrittenReview, at: number): SandboxReview {
    const record = this.store.findRecord(productOrderId);

    if (record?.delivery?.deliveredDate === undefined) {
      throw new Error(`Cannot review ${productOrderId}: it was never delivered`);
    }

    const written: SandboxReview = {
      ...this.reviewIdentity(record),
      reviewType: review.reviewType ?? 'GENERAL',
      purchaseReviewScore: review.score ?? 5,
      // Code points, not UTF-16 units, so an emoji is never cut in half.
      title: review.title ?? [...review.content].slice(0, 20).join(''),
      content: review.content,
      createdAt: at,
    };

    this.written.set(productOrderId, written);

    return { ...written };
  }

  /** Reviews written in [from, to], both inclusive, sorted by (createdAt, purchaseReviewId). */
  public writtenBetween(from: number, to: number): SandboxReview[] {
    const reviews: SandboxReview[] = [];

    for (const record of this.store.records()) {
      const review = this.written.get(record.productOrderId) ?? this.generated(record, from, to);

      if (review !== undefined && review.createdAt >= from && review.createdAt <= to) {
        reviews.push(review);
      }
    }

    return reviews.sort(
      (left, right) =>
        left.createdAt - right.createdAt ||
        (left.purchaseReviewId < right.purchaseReviewId ? -1 : 1),
    );
  }

  /** The generated review of a product order, built only when written in the window. */
  private generated(
    record: Readonly<SandboxProductOrder>,
    from: number,
    to: number,
  ): SandboxReview | undefined {
    const deliveredAt = record.delivery?.deliveredDate;
    const random = new SeededRandom(seedFor(this.seed, record.productOrderId));

    if (deliveredAt === undefined || !random.chance(REVIEW_RATE)) {
      return undefined;
    }

    const createdAt = deliveredAt + random.integer(HOUR, 96 * HOUR);

    if (createdAt < from || createdAt > to) {
      return undefined;
    }

    const score = random.pickWeighted(SCORES, SCORE_WEIGHTS);

    return {
      ...this.reviewIdentity(record),
      reviewType: random.chance(PREMIUM_RATE) ? 'PREMIUM' : 'GENERAL',
      purchaseReviewScore: score,
      ...fakeReviewText(random, score),
      createdAt,
    };
  }

  private reviewIdentity(record: Readonly<SandboxProductOrder>) {
    const random = new SeededRandom(seedFor(this.seed, `review:${record.productOrderId}`));

    return {
      purchaseReviewId: String(random.integer(1, 9)) + random.digits(9),
      productOrderId: record.productOrderId,
      productId: record.product.productId,
      writerId: encryptedWriterId(record.order.ordererNo),
    };
  }
}

/** The upstream encrypts writer ids: stable per buyer, unreadable. A hash plays that part. */
function encryptedWriterId(ordererNo: string): string {
  return createHash('sha256').update(`writer:${ordererNo}`).digest('base64url').slice(0, 22);
}
