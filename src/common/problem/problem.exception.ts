import { HttpException } from '@nestjs/common';

import { InvalidParam } from './problem-details';

export interface ProblemInit {
  status: number;
  code: string;
  title: string;
  detail: string;
  upstreamCode?: string;
  upstreamTraceId?: string;
  invalidParams?: InvalidParam[];
  /** Seconds a caller should wait before trying again; sent as `Retry-After`. */
  retryAfterSeconds?: number;
}

/** An error the gateway answers with on purpose; the filter turns it into problem details. */
export class ProblemException extends HttpException {
  constructor(
    readonly problem: ProblemInit,
    options?: { cause?: unknown },
  ) {
    super(problem.detail, problem.status, options);
  }
}
