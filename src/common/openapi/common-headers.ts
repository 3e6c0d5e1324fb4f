import type { OpenAPIObject } from '@nestjs/swagger';
import type {
  HeaderObject,
  OperationObject,
  ParameterObject,
} from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';

import { REQUEST_ID_HEADER } from '../request-id';

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

const REQUEST_ID_PARAMETER: ParameterObject = {
  name: REQUEST_ID_HEADER,
  in: 'header',
  required: false,
  description:
    'Your id for this request (1 to 128 of A-Z a-z 0-9 . _ : -), echoed back and in every log ' +
    'line; another value is replaced by a new UUID',
  schema: { type: 'string', pattern: '^[A-Za-z0-9._:-]{1,128}$' },
};

const REQUEST_ID: HeaderObject = {
  description: "The request's id: yours when you sent an acceptable one, otherwise a new UUID",
  schema: { type: 'string' },
};

const RETRY_AFTER: HeaderObject = {
  description: 'Seconds to wait before trying again',
  schema: { type: 'integer', minimum: 1 },
};

const UPSTREAM_TRACE_ID: HeaderObject = {
  description: "The upstream's trace id for this call, for Naver Pay's support",
  schema: { type: 'string' },
};

/**
 * The headers every answer shares, added to each operation of the document once here rather
 * than by a decorator on every endpoint.
 */
export function documentCommonHeaders(document: OpenAPIObject): OpenAPIObject {
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation: OperationObject | undefined = item[method];

      if (operation === undefined) {
        continue;
      }

      operation.parameters = [...(operation.parameters ?? []), REQUEST_ID_PARAMETER];

      for (const [status, response] of Object.entries(operation.responses)) {
        if (response === undefined || !('description' in response)) {
          continue;
        }

        const isUpstreamSuccess = path.startsWith('/v1/') && status.startsWith('2');

        response.headers = {
          ...response.headers,
          [REQUEST_ID_HEADER]: REQUEST_ID,
          ...(status === '429' || status === '503' ? { 'retry-after': RETRY_AFTER } : {}),
          ...(isUpstreamSuccess ? { 'upstream-trace-id': UPSTREAM_TRACE_ID } : {}),
        };
      }
    }
  }

  return document;
}
