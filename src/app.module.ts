import { Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import { DestinationStream } from 'pino';

import { GracefulShutdown } from './common/http/graceful-shutdown';
import { createLogDestination, LOG_DESTINATION } from './common/logging/log-destination';
import { ProblemDetailsFilter } from './common/problem/problem-details.filter';
import { requestIdOf } from './common/request-id';
import { createValidationPipe } from './common/validation/validation.pipe';
import { GatewayEnvironment, validateEnvironment } from './config/gateway.config';
import { CancelModule } from './cancel/cancel.module';
import { ExchangeModule } from './exchange/exchange.module';
import { FulfillmentModule } from './fulfillment/fulfillment.module';
import { HealthModule } from './health/health.module';
import { InquiriesModule } from './inquiries/inquiries.module';
import { MetricsModule } from './metrics/metrics.module';
import { NpayModule } from './npay/npay.module';
import { OrdersModule } from './orders/orders.module';
import { ReturnModule } from './return/return.module';
import { ReviewsModule } from './reviews/reviews.module';
import { SettlementModule } from './settlement/settlement.module';

@Module({
  imports: [
    ConfigModule.forRoot({ isGlobal: true, cache: true, validate: validateEnvironment }),
    LoggerModule.forRootAsync({
      providers: [{ provide: LOG_DESTINATION, useFactory: createLogDestination }],
      inject: [ConfigService, LOG_DESTINATION],
      useFactory: (
        config: ConfigService<GatewayEnvironment, true>,
        destination: DestinationStream,
      ) => ({
        pinoHttp: [
          {
            level: config.get('LOG_LEVEL', { infer: true }),
            // Fastify has given the request its id already (see createFastifyAdapter).
            genReqId: (request) => requestIdOf(request),
            // Method, path and status only: headers carry credentials and bodies carry buyers'
            // personal data, and neither belongs in a log.
            serializers: {
              req: (request: { id: string; method: string; url: string }) => ({
                id: request.id,
                method: request.method,
                url: request.url,
              }),
              res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
            },
            // A 500 is the gateway's own fault; 502 to 504 are the upstream's, already logged by
            // the error filter with their code, and expected while the upstream struggles.
            customLogLevel: (_request, response, error) => {
              if (error !== undefined || response.statusCode === 500) {
                return 'error';
              }

              return response.statusCode > 500 ? 'warn' : 'info';
            },
            // pino-http invents an Error (with a stack) for any 5xx; the filter logs real causes.
            customErrorObject: (_request, _response, _error, { err: _invented, ...line }) => line,
            autoLogging: { ignore: (request) => /^\/(health|metrics)\b/.test(request.url ?? '') },
          },
          destination,
        ],
      }),
    }),
    MetricsModule,
    NpayModule,
    HealthModule,
    OrdersModule,
    FulfillmentModule,
    CancelModule,
    ReturnModule,
    ExchangeModule,
    ReviewsModule,
    InquiriesModule,
    SettlementModule,
  ],
  providers: [
    GracefulShutdown,
    { provide: APP_PIPE, useFactory: createValidationPipe },
    { provide: APP_FILTER, useClass: ProblemDetailsFilter },
  ],
})
export class AppModule {}
