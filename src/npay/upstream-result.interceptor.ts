import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { map, Observable } from 'rxjs';

import { UpstreamResult } from './npay-client.service';

export const UPSTREAM_TRACE_ID_HEADER = 'upstream-trace-id';

/**
 * Controllers return the upstream result as it came; this sends its data as the body and the
 * upstream's trace id as a header, so the body stays exactly the documented upstream shape.
 */
@Injectable()
export class UpstreamResultInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      map((result: UpstreamResult<unknown>) => {
        const reply = context.switchToHttp().getResponse<FastifyReply>();

        if (result.traceId !== undefined) {
          void reply.header(UPSTREAM_TRACE_ID_HEADER, result.traceId);
        }

        if (result.status !== undefined) {
          void reply.status(result.status);
        }

        return result.data;
      }),
    );
  }
}
