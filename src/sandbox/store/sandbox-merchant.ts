import { PaymentMeans } from './sandbox-enums';
import { SandboxAddress } from './sandbox-records';

/** The one merchant (가맹점) every sandbox order belongs to; ids follow the `np_xxxxxx` shape. */
export const SANDBOX_MERCHANT = {
  mallId: 'np_sbx001',
  merchantName: '샌드박스몰',
  merchantChannelId: '510000001',
  contractNo: 'SBX-CT-0001',
  /** Where settlements are paid (계좌 이체), masked as settlement results show it. */
  settlementAccount: {
    bankType: 'KB',
    depositorName: '(주)샌드박스몰',
    accountNo: '123456-**-***789',
  },
  /** Where goods ship from and where returns go (출고지 / 반품지). */
  warehouseAddress: {
    name: '샌드박스몰 물류센터',
    baseAddress: '경기도 이천시 마장면 덕평로 811',
    detailedAddress: 'B동 2층',
    zipCode: '17385',
    tel1: '031-645-0811',
  } satisfies SandboxAddress,
};

/**
 * Commission rates used to fill paymentCommission / saleCommission. Real rates depend on the
 * merchant's contract and are not published; these are plausible round figures.
 */
export const SALE_COMMISSION_RATE = 0.02;

export function paymentCommissionRate(paymentMeans: PaymentMeans): number {
  switch (paymentMeans) {
    case '계좌 간편결제':
    case '무통장입금':
      return 0.015;
    case '휴대폰':
    case '휴대폰 간편결제':
      return 0.0385;
    default:
      return 0.0363;
  }
}
