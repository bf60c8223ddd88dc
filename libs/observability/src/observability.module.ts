import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import { EVENT_STORE_DECORATOR } from '@app/event-store';
import { DependencyWatch } from './dependency-watch';
import { ProbesController } from './health/probes.controller';
import { ReadinessChecks } from './health/readiness-checks';
import { loggerParams } from './logging/logger-params';
import { CommandMetricsInterceptor } from './metrics/command-metrics.interceptor';
import { ConsumerLagMetrics } from './metrics/consumer-lag';
import { DeadLetterMetrics } from './metrics/dead-letter-metrics';
import { instrumentEventStore } from './metrics/instrumented-event-store';
import { METRICS_REGISTRY, createMetricsRegistry } from './metrics/metrics-registry';
import { MetricsController } from './metrics/metrics.controller';
import { RelayLagMetrics } from './metrics/relay-lag';

export interface ObservabilityOptions {
  /** The `service` label of every metric and log line: ledger, agreements, relay, ... */
  service: string;
}

@Global()
@Module({})
export class ObservabilityModule {
  static forRoot({ service }: ObservabilityOptions): DynamicModule {
    return {
      module: ObservabilityModule,
      imports: [LoggerModule.forRoot(loggerParams(service))],
      controllers: [MetricsController, ProbesController],
      providers: [
        { provide: METRICS_REGISTRY, useFactory: () => createMetricsRegistry(service) },
        { provide: EVENT_STORE_DECORATOR, inject: [METRICS_REGISTRY], useFactory: instrumentEventStore },
        { provide: APP_INTERCEPTOR, useClass: CommandMetricsInterceptor },
        ReadinessChecks,
        ConsumerLagMetrics,
        DeadLetterMetrics,
        RelayLagMetrics,
        DependencyWatch,
      ],
      exports: [METRICS_REGISTRY, EVENT_STORE_DECORATOR, ReadinessChecks, ConsumerLagMetrics, DeadLetterMetrics, RelayLagMetrics],
    };
  }
}
