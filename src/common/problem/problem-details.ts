import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** One field the gateway refused, named by its path in the request (`items.3.trackingNumber`). */
export class InvalidParam {
  /** Path of the field in the query, path parameters or body. */
  @ApiProperty({ example: 'lastChangedFrom' })
  name!: string;

  /** Why the value was refused. */
  @ApiProperty({ example: 'lastChangedFrom must be an ISO 8601 date-time with an offset' })
  reason!: string;
}

/**
 * The one error body the gateway answers with (RFC 9457 problem details, served as
 * `application/problem+json`).
 */
export class ProblemDetails {
  /** A URI naming the kind of problem; one per `code`. */
  @ApiProperty({ example: 'urn:npay-order-gateway:problem:validation-failed' })
  type!: string;

  /** Short, human-readable summary of the kind of problem. */
  @ApiProperty({ example: 'The request is invalid' })
  title!: string;

  /** The HTTP status of this response. */
  @ApiProperty({ example: 400 })
  status!: number;

  /** What went wrong with this particular request. */
  @ApiProperty({ example: 'lastChangedTo: the window may span at most 24 hours' })
  detail!: string;

  /** Stable, machine-readable code; see the README for the list. */
  @ApiProperty({ example: 'VALIDATION_FAILED' })
  code!: string;

  /** The id of this request, as sent in `x-request-id` or generated; it is in every log line. */
  @ApiProperty({ example: '0b8f5c9e-3c4f-4a53-9a61-3f1f3b8e2a10' })
  requestId!: string;

  /** The upstream's own error code, when the upstream answered with one. */
  @ApiPropertyOptional({ example: '104139' })
  upstreamCode?: string;

  /** The upstream's trace id (`GNCP-GW-Trace-ID`), for support requests to Naver Pay. */
  @ApiPropertyOptional({ example: 'ar2-55f4fd5f54-mwk8w^1643182339983^366577' })
  upstreamTraceId?: string;

  /** Every refused field, for `VALIDATION_FAILED`. */
  @ApiPropertyOptional({ type: [InvalidParam] })
  invalidParams?: InvalidParam[];
}
