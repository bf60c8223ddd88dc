/**
 * Logs, metrics and health for every service.
 *
 * In the app's root module, one line:
 *
 *     imports: [ConfigModule.forRoot({ isGlobal: true }), ObservabilityModule.forRoot({ service: 'ledger' }), ...]
 *
 * and in main.ts `NestFactory.create(AppModule, { bufferLogs: true })`, then
 * `app.useLogger(app.get(Logger))` (Logger from nestjs-pino). That gives:
 *
 * - JSON log lines through pino (`level` as a word, `message`, `service`, request lines with
 *   `correlationId`, the client's `x-correlation-id` or a new one, echoed on the response and
 *   carried by the events the request appends). LOG_LEVEL sets the level; under Jest it is
 *   `silent` unless LOG_LEVEL says otherwise.
 * - `GET /metrics` (Prometheus text, no token): process metrics, `ml_commands_total` and
 *   `ml_command_duration_seconds` {method, route, outcome} for every state-changing request,
 *   `ml_event_store_appends_total` {outcome: appended | conflict | failed},
 *   `ml_event_store_appended_events_total` and `ml_event_store_append_seconds` (the EventStore
 *   from EventStoreModule is wrapped), and with EVENT_STORE=postgres
 *   `ml_postgres_oldest_transaction_seconds`.
 * - `GET /health/live` and `GET /health/ready` (no token): ready is 503 when a registered
 *   probe fails or takes over 2 s; the event store and PostgreSQL are registered by themselves.
 *
 * The app's HTTP set-up must leave `metrics` and `health/(live|ready)` outside its global prefix.
 *
 * For the services fed from Kafka, inject and call:
 *
 * - `ConsumerLagMetrics.watch({ bus, groupId, topics })` -> `ml_consumer_lag_messages`
 *   {group, topic}, end offsets minus committed offsets, read at each scrape; returns the
 *   function that stops watching.
 * - `DeadLetterMetrics.onParked(groupId)` -> the idempotent consumer's `onParked` option;
 *   counts `ml_dead_lettered_messages_total` {group, topic} and logs the parked message.
 * - `ReadinessChecks.register('kafka', kafkaProbe(bus))`, or any other dependency.
 * - `RelayLagMetrics.watch({ relay, store, checkpoint })` -> `ml_relay_lag_events`,
 *   `ml_relay_lag_seconds` {relay}; returns the relay's `onPublished` hook, which counts
 *   `ml_relay_published_events_total`.
 *
 * Gauges that need I/O compute when scraped; a failed read is logged as a warning and leaves
 * its series out of that scrape instead of failing it.
 */
export { ObservabilityModule, type ObservabilityOptions } from './observability.module';
export { ReadinessChecks, type Probe } from './health/readiness-checks';
export { kafkaProbe } from './health/kafka-probe';
export { ConsumerLagMetrics, consumerLagOf, type WatchedConsumer } from './metrics/consumer-lag';
export { DeadLetterMetrics } from './metrics/dead-letter-metrics';
export { RelayLagMetrics, readRelayLag, relayLagOf, type RelayLag, type WatchedRelay } from './metrics/relay-lag';
export { METRICS_REGISTRY, InjectMetricsRegistry } from './metrics/metrics-registry';
export { logLevelFrom } from './logging/logger-params';
