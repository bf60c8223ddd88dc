import { Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { PinoLogger } from 'nestjs-pino';
import { OpenedRelay, RelayLog, openRelay, relayConfigFrom } from '@app/messaging';
import { ReadinessChecks, RelayLagMetrics, kafkaProbe } from '@app/observability';

/**
 * The relay inside the Nest app: opened once the app is built, stopped when it closes, its
 * store, database and broker registered as readiness probes and its lag as metrics. The
 * relay itself (checkpoint after the ack, one holder of the lock) is @app/messaging's.
 */
@Injectable()
export class RelayService implements OnApplicationBootstrap, OnApplicationShutdown {
  private relay?: OpenedRelay;
  private opened!: (relay: OpenedRelay) => void;
  /** Settles when the relay stops: resolves after a stop, rejects when it failed. */
  readonly done: Promise<void> = new Promise<OpenedRelay>((resolve) => (this.opened = resolve)).then((relay) => relay.done);

  constructor(
    private readonly settings: ConfigService,
    private readonly checks: ReadinessChecks,
    private readonly lag: RelayLagMetrics,
    private readonly logger: PinoLogger,
  ) {
    logger.setContext('relay');
  }

  async onApplicationBootstrap(): Promise<void> {
    const config = relayConfigFrom(this.settings);
    let published: (count: number) => void = () => undefined;
    const relay = (this.relay = await openRelay(config, this.log, { onPublished: (count) => published(count) }));
    published = this.lag.watch({ relay: config.name, store: relay.store, checkpoint: () => relay.checkpoints.load() });
    this.checks.register('event-store', () => relay.store.readAll({ maxCount: 1 }));
    this.checks.register('checkpoint-database', () => relay.database.query('SELECT 1'));
    this.checks.register('kafka', kafkaProbe(relay.bus));
    this.opened(relay);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.relay?.stop();
  }

  private readonly log: RelayLog = (level, message, fields) => this.logger[level](fields ?? {}, message);
}
