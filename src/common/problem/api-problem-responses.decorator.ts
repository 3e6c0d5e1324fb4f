import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiResponse, getSchemaPath } from '@nestjs/swagger';

import { ProblemDetails } from './problem-details';

const DESCRIPTIONS: Record<number, string> = {
  400:
    'VALIDATION_FAILED: a field is invalid (each listed in invalidParams), or ' +
    'UPSTREAM_REJECTED_REQUEST: the upstream refused the request',
  404: 'ORDER_NOT_FOUND or PRODUCT_ORDER_NOT_FOUND: the upstream knows no such order',
  409:
    'PRODUCT_ORDER_STATE_CONFLICT: the product order is not in a state that allows this ' +
    '(upstreamCode says which check failed)',
  422: 'PRODUCT_ORDER_REJECTED: the upstream refused this product order (upstreamCode, detail)',
  429: 'UPSTREAM_RATE_LIMITED or UPSTREAM_QUOTA_EXCEEDED; wait for Retry-After seconds',
  500: 'INTERNAL_ERROR: a fault in the gateway; the requestId finds it in its logs',
  502:
    'UPSTREAM_ERROR, UPSTREAM_UNREACHABLE, UPSTREAM_CONNECTION_LOST, UPSTREAM_BAD_RESPONSE, ' +
    "UPSTREAM_AUTH_FAILED or UPSTREAM_FORBIDDEN (the gateway's own credentials); for writes " +
    'also WRITE_OUTCOME_UNKNOWN: read the product order back before sending again',
  503: 'UPSTREAM_UNAVAILABLE: maintenance or overload upstream; wait for Retry-After seconds',
  504: 'UPSTREAM_TIMEOUT: no answer from the upstream in time; for writes WRITE_OUTCOME_UNKNOWN',
};

/** Documents the problem-details answers an endpoint can give, once for each status. */
export function ApiProblemResponses(...statuses: number[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ApiExtraModels(ProblemDetails),
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: DESCRIPTIONS[status] ?? 'See code and detail',
        content: {
          'application/problem+json': { schema: { $ref: getSchemaPath(ProblemDetails) } },
        },
      }),
    ),
  );
}

/** What every upstream-backed endpoint can answer besides its success. */
export const ApiUpstreamProblems = (): MethodDecorator & ClassDecorator =>
  ApiProblemResponses(400, 429, 500, 502, 503, 504);
