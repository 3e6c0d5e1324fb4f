import { Global, Module } from '@nestjs/common';
import { PrometheusModule } from '@willsoto/nestjs-prometheus';

import { GatewayMetrics, METRIC_PROVIDERS } from './gateway-metrics';
import { MetricsController } from './metrics.controller';

@Global()
@Module({
  imports: [
    PrometheusModule.register({ controller: MetricsController, defaultMetrics: { enabled: true } }),
  ],
  providers: [...METRIC_PROVIDERS, GatewayMetrics],
  exports: [GatewayMetrics],
})
export class MetricsModule {}
