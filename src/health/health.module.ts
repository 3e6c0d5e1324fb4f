import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';

import { NpayModule } from '../npay/npay.module';
import { HealthController } from './health.controller';
import { UpstreamHealthIndicator } from './upstream.health';

@Module({
  imports: [TerminusModule.forRoot({ logger: false }), NpayModule],
  controllers: [HealthController],
  providers: [UpstreamHealthIndicator],
})
export class HealthModule {}
