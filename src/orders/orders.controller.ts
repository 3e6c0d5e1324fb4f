import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import {
  ApiProblemResponses,
  ApiUpstreamProblems,
} from '../common/problem/api-problem-responses.decorator';
import { UpstreamResult } from '../npay/upstream-result';
import { LastChangedStatusesPage } from '../npay/models/last-changed-statuses.model';
import { ProductOrderDetail } from '../npay/models/product-order-detail.model';
import { ProductOrderSearchPage } from '../npay/models/product-order-search.model';
import { LastChangedStatusesQuery } from './dto/last-changed-statuses-query.dto';
import { OrderIdParams } from './dto/order-id-params.dto';
import { ProductOrderQueryRequest } from './dto/product-order-query.dto';
import { ProductOrderSearchQuery } from './dto/product-order-search-query.dto';
import { OrdersService } from './orders.service';

@ApiTags('orders')
@ApiUpstreamProblems()
@Controller({ version: '1' })
export class OrdersController {
  constructor(private readonly orders: OrdersService) {}

  @Get('product-orders/last-changed-statuses')
  @ApiOperation({
    summary: '변경 상품 주문 내역 조회 (Product orders changed in a window)',
    description:
      'Product orders whose status changed in the window, oldest change first, at most ' +
      '`limitCount` per page. When `more` is present, call again with ' +
      '`lastChangedFrom=more.moreFrom` and `moreSequence=more.moreSequence` (same ' +
      '`lastChangedTo`) for the next page.',
  })
  @ApiOkResponse({ type: LastChangedStatusesPage })
  getLastChangedStatuses(
    @Query() query: LastChangedStatusesQuery,
  ): Promise<UpstreamResult<LastChangedStatusesPage>> {
    return this.orders.getLastChangedStatuses(query);
  }

  @Post('product-orders/query')
  @HttpCode(200)
  @ApiOperation({
    summary: '상품 주문 상세 내역 조회 (Product order details by ids)',
    description: 'Details of up to 300 product orders. Unknown ids are left out of the answer.',
  })
  @ApiOkResponse({ type: [ProductOrderDetail] })
  queryProductOrders(
    @Body() body: ProductOrderQueryRequest,
  ): Promise<UpstreamResult<ProductOrderDetail[]>> {
    return this.orders.queryProductOrders(body);
  }

  @Get('orders/:orderId/product-order-ids')
  @ApiOperation({
    summary: '상품 주문 목록 조회 (Product order ids of an order)',
    description: 'The ids of the product orders (lines) that make up one order.',
  })
  @ApiOkResponse({ type: [String], schema: { example: ['2024050112345678'] } })
  @ApiProblemResponses(404)
  getProductOrderIds(@Param() params: OrderIdParams): Promise<UpstreamResult<string[]>> {
    return this.orders.getProductOrderIds(params.orderId);
  }

  @Get('product-orders')
  @ApiOperation({
    summary: '조건형 상품 주문 상세 내역 조회 (Search product orders by date and status)',
    description:
      'Product order details whose chosen timestamp (`rangeType`) falls in a window of at ' +
      'most 24 hours, filtered by status, page by page. Unlike the changed-statuses query, ' +
      'the same window gives the same answer later.',
  })
  @ApiOkResponse({ type: ProductOrderSearchPage })
  searchProductOrders(
    @Query() query: ProductOrderSearchQuery,
  ): Promise<UpstreamResult<ProductOrderSearchPage>> {
    return this.orders.searchProductOrders(query);
  }
}
