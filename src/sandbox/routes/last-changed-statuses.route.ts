import { toKstDateTime } from '../../common/time/kst';
import { QueryReader } from '../http/request-input';
import { SandboxOperation } from '../http/sandbox-operation';
import { renderLastChangeStatus } from '../store/product-order-view';
import { LAST_CHANGED_TYPES } from '../store/sandbox-enums';
import { readWindowBounds, resolveDateWindow } from './date-window';

/** Page size of #1: the default and the most it returns (reference 4.1). */
export const LAST_CHANGED_PAGE_LIMIT = 300;

/**
 * 변경 상품 주문 내역 조회 (#1, reference 4.1). Each product order appears once, with its latest
 * change [U]; items are sorted by (lastChangedDate, productOrderId). When the window holds more
 * than the page, `more` names the first item left out: calling again with
 * lastChangedFrom = more.moreFrom and moreSequence = more.moreSequence resumes exactly there,
 * even inside a run of changes that share one instant.
 */
export const lastChangedStatusesOperation: SandboxOperation = {
  name: 'getLastChangedStatuses',
  method: 'GET',
  path: '/v1/pay-order/mall/product-orders/last-changed-statuses',
  authentication: 'bearer',
  errorShape: 'api',
  envelope: 'data',
  handle(request, { store }) {
    const query = new QueryReader(request.query);
    const bounds = readWindowBounds(query, 'lastChangedFrom', 'lastChangedTo');
    const lastChangedType = query.oneOf('lastChangedType', LAST_CHANGED_TYPES);
    const moreSequence = query.string('moreSequence');

    // Omitted or above 300 means 300 (reference 4.1); below 1 is a client error.
    const limitCount = query.integer('limitCount', { min: 1 }) ?? LAST_CHANGED_PAGE_LIMIT;

    query.throwIfInvalid();

    const window = resolveDateWindow(bounds);
    const page = store.pageOfChanges({
      ...window,
      moreSequence,
      lastChangedType,
      limit: Math.min(limitCount, LAST_CHANGED_PAGE_LIMIT),
    });

    return {
      count: page.items.length,
      lastChangeStatuses: page.items.map(renderLastChangeStatus),
      ...(page.next && {
        more: {
          moreFrom: toKstDateTime(page.next.lastChangedDate),
          moreSequence: page.next.productOrderId,
        },
      }),
    };
  },
};
