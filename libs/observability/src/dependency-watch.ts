import { Inject, Injectable, OnApplicationShutdown, Optional } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Pool } from 'pg';
import { Registry } from 'prom-client';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { ReadinessChecks } from './health/readiness-checks';
import { METRICS_REGISTRY } from './metrics/metrics-registry';
import { watchOldestTransaction } from './metrics/postgres-oldest-transaction';

/**
 * Registers what every service watches, from the app's own providers: the event store when
 * EventStoreModule provides one, and PostgreSQL when EVENT_STORE=postgres (a one-connection
 * pool of its own, so a busy app pool cannot starve the probe).
 */
@Injectable()
export class DependencyWatch implements OnApplicationShutdown {
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
