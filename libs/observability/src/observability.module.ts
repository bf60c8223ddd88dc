import { DynamicModule, Global, Inject, Injectable, Module, OnApplicationShutdown, Optional } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import { Pool } from 'pg';
import { Registry } from 'prom-client';
import { EVENT_STORE, EVENT_STORE_DECORATOR, EventStore } from '@app/event-store';
import { ProbesController } from './health/probes.controller';
import { ReadinessChecks } from './health/readiness-checks';
import { loggerParams } from './logging/logger-params';
import { CommandMetricsInterceptor } from './metrics/command-metrics.interceptor';
import { ConsumerLagMetrics } from './metrics/consumer-lag';
import { DeadLetterMetrics } from './metrics/dead-letter-metrics';
import { instrumentEventStore } from './metrics/instrumented-event-store';
import { METRICS_REGISTRY, createMetricsRegistry } from './metrics/metrics-registry';
import { MetricsController } from './metrics/metrics.controller';
import { watchOldestTransaction } from './metrics/postgres-oldest-transaction';
import { RelayLagMetrics } from './metrics/relay-lag';

export interface ObservabilityOptions {
  /** The `service` label of every metric and log line: ledger, agreements, relay, ... */
  service: string;
}

/**
 * Registers what every service watches, from the app's own providers: the event store when
 * EventStoreModule provides one, and PostgreSQL when EVENT_STORE=postgres (a one-connection
 * pool of its own, so a busy app pool cannot starve the probe).
 */
@Injectable()
class DependencyWatch implements OnApplicationShutdown {
  private readonly pool?: Pool;

  constructor(
    checks: ReadinessChecks,
    @Inject(METRICS_REGISTRY) registry: Registry,
    settings: ConfigService,
    @Optional() @Inject(EVENT_STORE) store?: EventStore,
  ) {
    if (store) checks.register('event-store', () => store.readAll({ maxCount: 1 }));
    const url = settings.get<string>('DATABASE_URL');
    if (settings.get<string>('EVENT_STORE') === 'postgres' && url) {
      const pool = (this.pool = new Pool({ connectionString: url, max: 1 }));
      pool.on('error', () => undefined); // a dropped idle connection is reopened by the next query
      checks.register('postgres', () => pool.query('SELECT 1'));
      watchOldestTransaction(registry, (sql) => pool.query(sql));
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.pool?.end();
  }
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
