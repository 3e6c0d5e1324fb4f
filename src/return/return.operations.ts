import { productOrderWrite } from '../npay/writes/product-order-write-operation';
import { HoldbackReturnRequest } from './dto/holdback-return.dto';
import { RejectReturnRequest } from './dto/reject-return.dto';
import { RequestReturnRequest } from './dto/request-return.dto';

/** The return claim's writes (reference 4.10–4.14). */
export const ReturnOperations = {
  requestReturn: productOrderWrite<RequestReturnRequest>(
    'requestReturn',
    '반품 요청',
    'claim/return/request',
  ),
  approveReturn: productOrderWrite('approveReturn', '반품 승인', 'claim/return/approve'),
  rejectReturn: productOrderWrite<RejectReturnRequest>(
    'rejectReturn',
    '반품 거부(철회)',
    'claim/return/reject',
  ),
  holdbackReturn: productOrderWrite<HoldbackReturnRequest>(
    'holdbackReturn',
    '반품 보류',
    'claim/return/holdback',
  ),
  releaseReturnHoldback: productOrderWrite(
    'releaseReturnHoldback',
    '반품 보류 해제',
    'claim/return/holdback/release',
  ),
} as const;
