import {
  SettleCasePage,
  SettleCommissionDetailPage,
  SettleDailyPage,
  VatCasePage,
  VatDailyPage,
} from '../npay/models/settlement.model';
import { defineOperation, NpayOperation } from '../npay/npay-operation';
import { SettleCaseQuery } from './dto/settle-case-query.dto';
import { SettleDailyQuery } from './dto/settle-daily-query.dto';
import { VatQuery } from './dto/vat-query.dto';

const SETTLE_API = '/v1/pay-settle-mall';

/** Settlement queries answer `{elements, pagination}` without the `data` envelope. */
const settlementQuery = <TQuery extends object, TPage>(
  name: string,
  title: string,
  path: string,
): NpayOperation<{ query: TQuery }, TPage> =>
  defineOperation<{ query: TQuery }, TPage>()({
    name,
    title,
    method: 'GET',
    path: `${SETTLE_API}${path}`,
    envelope: 'bare',
    idempotent: true,
  });

/** The five settlement queries (reference 4.23). */
export const SettlementOperations = {
  getSettleCases: settlementQuery<SettleCaseQuery, SettleCasePage>(
    'getSettleCases',
    '건별 정산 내역 조회',
    '/settle/case',
  ),
  getSettleDaily: settlementQuery<SettleDailyQuery, SettleDailyPage>(
    'getSettleDaily',
    '일별 정산 내역 조회',
    '/settle/daily',
  ),
  getCommissionDetails: settlementQuery<SettleCaseQuery, SettleCommissionDetailPage>(
    'getCommissionDetails',
    '수수료 상세 내역 조회',
    '/settle/commission-details',
  ),
  getVatCases: settlementQuery<VatQuery, VatCasePage>(
    'getVatCases',
    '건별 부가세 내역 조회',
    '/vat/case',
  ),
  getVatDaily: settlementQuery<VatQuery, VatDailyPage>(
    'getVatDaily',
    '일별 부가세 내역 조회',
    '/vat/daily',
  ),
} as const;
