import { productOrderWrite } from '../npay/writes/product-order-write-operation';
import { RequestCancelRequest } from './dto/request-cancel.dto';

/** 취소 요청, 취소 요청 승인 (reference 4.8–4.9). */
export const CancelOperations = {
  requestCancel: productOrderWrite<RequestCancelRequest>(
    'requestCancel',
    '취소 요청',
    'claim/cancel/request',
  ),
  approveCancel: productOrderWrite('approveCancel', '취소 요청 승인', 'claim/cancel/approve'),
} as const;
