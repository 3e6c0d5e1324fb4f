import { Controller, Get, Res, ServiceUnavailableException, VERSION_NEUTRAL } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService } from '@nestjs/terminus';
import type { FastifyReply } from 'fastify';

import { UpstreamHealthIndicator } from './upstream.health';

@ApiTags('health')
@Controller({ path: 'health', version: VERSION_NEUTRAL })
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly upstream: UpstreamHealthIndicator,
  ) {}

  @Get('live')
  @HealthCheck()
  @ApiOperation({ summary: 'Liveness: the process answers HTTP' })
  live() {
    return this.health.check([]);
  }

  /**
   * Unready is a 503 with terminus's own body (which check failed and why) and a Retry-After,
   * like every 503 of the gateway; left to the error filter it would become a bare 500.
   */
  @Get('ready')
  @HealthCheck()
  @ApiOperation({ summary: 'Readiness: the gateway holds or can get an upstream token' })
  async ready(@Res({ passthrough: true }) reply: FastifyReply) {
    try {
      return await this.health.check([() => this.upstream.isReady('upstream')]);
    } catch (error) {
      if (!(error instanceof ServiceUnavailableException)) {
        throw error;
      }

      void reply.status(503).header('retry-after', String(this.upstream.retryAfterSeconds));

      return error.getResponse();
    }
  }
}
