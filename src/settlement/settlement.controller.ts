import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { ApiUpstreamProblems } from '../common/problem/api-problem-responses.decorator';
import {
  SettleCasePage,
  SettleCommissionDetailPage,
  SettleDailyPage,
  VatCasePage,
  VatDailyPage,
} from '../npay/models/settlement.model';
import { NpayClient } from '../npay/npay-client.service';
import { UpstreamResult } from '../npay/upstream-result';
import { SettleCaseQuery } from './dto/settle-case-query.dto';
import { SettleDailyQuery } from './dto/settle-daily-query.dto';
import { VatQuery } from './dto/vat-query.dto';
import { SettlementOperations } from './settlement.operations';

/** The settlement reads, passed straight through: a service would only repeat these lines. */
@ApiTags('settlement')
@ApiUpstreamProblems()
@Controller({ version: '1' })
export class SettlementController {
  constructor(private readonly npay: NpayClient) {}

  @Get('settle/case')
  @ApiOperation({ summary: '건별 정산 내역 조회 (Settlement per product order)' })
  @ApiOkResponse({ type: SettleCasePage })
  getSettleCases(@Query() query: SettleCaseQuery): Promise<UpstreamResult<SettleCasePage>> {
    return this.npay.call(SettlementOperations.getSettleCases, { query });
  }

  @Get('settle/daily')
  @ApiOperation({ summary: '일별 정산 내역 조회 (Settlement per day)' })
  @ApiOkResponse({ type: SettleDailyPage })
  getSettleDaily(@Query() query: SettleDailyQuery): Promise<UpstreamResult<SettleDailyPage>> {
    return this.npay.call(SettlementOperations.getSettleDaily, { query });
  }

  @Get('settle/commission-details')
  @ApiOperation({ summary: '수수료 상세 내역 조회 (Commission details)' })
  @ApiOkResponse({ type: SettleCommissionDetailPage })
  getCommissionDetails(
    @Query() query: SettleCaseQuery,
  ): Promise<UpstreamResult<SettleCommissionDetailPage>> {
    return this.npay.call(SettlementOperations.getCommissionDetails, { query });
  }

  @Get('vat/case')
  @ApiOperation({ summary: '건별 부가세 내역 조회 (VAT report per product order)' })
  @ApiOkResponse({ type: VatCasePage })
  getVatCases(@Query() query: VatQuery): Promise<UpstreamResult<VatCasePage>> {
    return this.npay.call(SettlementOperations.getVatCases, { query });
  }

  @Get('vat/daily')
  @ApiOperation({ summary: '일별 부가세 내역 조회 (VAT report per day)' })
  @ApiOkResponse({ type: VatDailyPage })
  getVatDaily(@Query() query: VatQuery): Promise<UpstreamResult<VatDailyPage>> {
    return this.npay.call(SettlementOperations.getVatDaily, { query });
  }
}
