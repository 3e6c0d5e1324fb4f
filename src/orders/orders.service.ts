import { Injectable } from '@nestjs/common';

import { NpayClient } from '../npay/npay-client.service';
import { UpstreamResult } from '../npay/upstream-result';
import { OrderOperations } from './orders.operations';
import { LastChangedStatusesPage } from '../npay/models/last-changed-statuses.model';
import { ProductOrderDetail } from '../npay/models/product-order-detail.model';
import { ProductOrderSearchPage } from '../npay/models/product-order-search.model';
import { LastChangedStatusesQuery } from './dto/last-changed-statuses-query.dto';
import { ProductOrderQueryRequest } from './dto/product-order-query.dto';
import { ProductOrderSearchQuery } from './dto/product-order-search-query.dto';

@Injectable()
export class OrdersService {
  constructor(private readonly npay: NpayClient) {}

  getLastChangedStatuses(
    query: LastChangedStatusesQuery,
  ): Promise<UpstreamResult<LastChangedStatusesPage>> {
    return this.npay.call(OrderOperations.getLastChangedStatuses, { query });
  }

  queryProductOrders(
    body: ProductOrderQueryRequest,
  ): Promise<UpstreamResult<ProductOrderDetail[]>> {
    return this.npay.call(OrderOperations.queryProductOrders, { body });
  }

  getProductOrderIds(orderId: string): Promise<UpstreamResult<string[]>> {
    return this.npay.call(OrderOperations.getProductOrderIds, { pathParams: { orderId } });
  }

  searchProductOrders(
    query: ProductOrderSearchQuery,
  ): Promise<UpstreamResult<ProductOrderSearchPage>> {
    return this.npay.call(OrderOperations.getProductOrdersWithConditions, { query });
  }
}
