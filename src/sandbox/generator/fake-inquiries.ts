import { NewInquiry, SandboxInquiryStore } from '../store/sandbox-inquiry-store';
import { SandboxProductOrder } from '../store/sandbox-records';
import { InquiryCategory, fakeInquiryText } from './fake-customer-texts';
import { SeededRandom, seedFor } from './seeded-random';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Share of orders whose buyer asks something, and of those the seller has answered. */
const INQUIRY_RATE = 0.15;
const ANSWERED_RATE = 0.55;
const TEMPLATE_RATE = 0.3;

/**
 * Fills the store with inquiries about the start-up orders: asked between ordering and the
 * clock's start, about what the order's state makes likely (a cancelled order asks about the
 * refund, a delivering one about shipping), about half of them answered. The PRNG is seeded
 * apart from the order generator's, so these never change the orders.
 */
export function seedInquiries(
  inquiries: SandboxInquiryStore,
  records: readonly SandboxProductOrder[],
  seed: number,
  clockStart: number,
): void {
  const random = new SeededRandom(seedFor(seed, 'inquiries'));

  for (const lines of groupByOrder(records)) {
    if (!random.chance(INQUIRY_RATE)) {
      continue;
    }

    const [line] = lines;
    const latest = Math.max(line.order.orderDate, clockStart - 10 * MINUTE);
    const registeredAt = random.integer(line.order.orderDate, latest);
    const category = likelyCategory(random, line);
    const text = fakeInquiryText(random, category, line.product.productName);
    const aboutAllLines = lines.length > 1 && random.chance(0.2);
    const inquiry: NewInquiry = {
      category,
      title: text.title,
      inquiryContent: text.content,
      registeredAt,
      orderId: line.order.orderId,
      productOrderIds: (aboutAllLines ? lines : [line]).map((each) => each.productOrderId),
      productNo: line.product.productId,
      productName: line.product.productName,
      productOrderOption: line.product.productOption,
      customerId: line.order.ordererId,
      customerName: line.order.ordererName,
    };
    const { inquiryNo } = inquiries.add(inquiry);
    const answeredAt = registeredAt + random.integer(30 * MINUTE, 24 * HOUR);
    const templateNo = random.chance(TEMPLATE_RATE) ? random.integer(10_001, 10_009) : undefined;

    if (random.chance(ANSWERED_RATE) && answeredAt < clockStart) {
      inquiries.answer(inquiryNo, text.answer, templateNo, answeredAt);
    }
  }
}

function groupByOrder(records: readonly SandboxProductOrder[]): SandboxProductOrder[][] {
  const orders = new Map<string, SandboxProductOrder[]>();

  for (const record of records) {
    orders.set(record.order.orderId, [...(orders.get(record.order.orderId) ?? []), record]);
  }

  return [...orders.values()];
}

function likelyCategory(random: SeededRandom, record: SandboxProductOrder): InquiryCategory {
  switch (record.currentClaim?.claimType) {
    case 'RETURN':
      return '반품';
    case 'EXCHANGE':
      return '교환';
    case 'CANCEL':
      return '환불';
  }

  switch (record.productOrderStatus) {
    case 'PAYED':
    case 'DELIVERING':
      return random.pick(['배송', '배송', '상품'] as const);
    default:
      return random.pick(['상품', '상품', '기타'] as const);
  }
}
