import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';

import { ApiProblemResponses } from '../../common/problem/api-problem-responses.decorator';
import { ProductOrderWriteResult } from './product-order-write-result.model';

/** A write on several product orders: 200 when all succeeded, 207 listing what failed. */
export const ApiBatchWriteResponses = (): MethodDecorator & ClassDecorator =>
  applyDecorators(
    ApiResponse({
      status: 200,
      description: 'Every product order was processed (outcome SUCCEEDED)',
      type: ProductOrderWriteResult,
    }),
    ApiResponse({
      status: 207,
      description: 'Some or all product orders were refused; `failed` lists each with its code',
      type: ProductOrderWriteResult,
    }),
  );

/** A write on one product order: 200 when done, a problem when refused. */
export const ApiSingleWriteResponses = (): MethodDecorator & ClassDecorator =>
  applyDecorators(
    ApiResponse({
      status: 200,
      description: 'The product order was processed',
      type: ProductOrderWriteResult,
    }),
    ApiProblemResponses(404, 409, 422),
  );
