import { BeforeApplicationShutdown, DynamicModule, Inject, Injectable, Module, OnApplicationBootstrap, OnApplicationShutdown, Provider } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { EVENT_STORE, EventStore, personalDataOf } from '@app/event-store';
import { CLOCK, Clock } from '@app/kernel';
import { KAFKA_SETTINGS, KafkaSettings, MESSAGE_BUS, MessageBus, categoryTopics } from '@app/messaging';
import { ConsumerLagMetrics, DeadLetterMetrics, ReadinessChecks, kafkaProbe } from '@app/observability';
import { MessagesController } from '../admin/messages.controller';
import { agreementMailReaction } from '../mail/agreement-mail.reaction';
import { erasureReaction } from '../mail/erasure.reaction';
import { recognitionMailReaction } from '../mail/recognition-mail.reaction';
import { surveyMailReaction } from '../mail/survey-mail.reaction';
import { Reaction } from '../reaction/reaction';
import { ReactionTick } from '../reminders/reaction-tick';
import { KafkaReactionFeed } from '../runner/kafka-reaction-feed';
import { ReactionFeed } from '../runner/reaction-feed';
import { ReactionRunner } from '../runner/reaction-runner';
import { MailSender } from '../sender/mail-sender';
import { outboxTransport, smtpTransport } from '../sender/mail-transport';
import { ReactionStore } from '../store/reaction-store';
import { openReactionStore, outboxFolder } from '../store/reaction-store-config';
import { ReactionSettings, reactionSettingsFrom } from './mail-settings';
import { MAIL_DELIVERY, MailDelivery, REACTION_STORE } from './reactions.tokens';

const REACTION_SETTINGS = Symbol('REACTION_SETTINGS');

/** The reactions this ledger runs: the next one goes here. */
export const reactionsOf = (settings: ReactionSettings): Reaction[] => [
  agreementMailReaction({ reminderDays: settings.reminderDays }),
  recognitionMailReaction(),
  surveyMailReaction({ reminderDays: settings.reminderDays }),
  erasureReaction(),
];

/**
 * Starts the runner, the sender and the schedule once the app is up; stops them before the
 * stores close. The schedule is a plain interval: what must survive a restart is in the due
 * table, not in the timer (@nestjs/schedule 12 ships as ES modules only, which Jest cannot load).
 */
@Injectable()
class ReactionsLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown {
  private interval?: NodeJS.Timeout;

  constructor(
    private readonly feed: ReactionFeed,
    private readonly sender: MailSender,
    private readonly tick: ReactionTick,
    @Inject(REACTION_STORE) private readonly store: ReactionStore,
    @Inject(REACTION_SETTINGS) private readonly settings: ReactionSettings,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.feed.start();
    if (this.settings.sending) this.sender.start();
    this.interval = setInterval(() => this.tick.tick().catch((error: Error) => console.error(`reactions tick: ${error.message}`)), this.settings.tickMs);
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.interval);
    await this.tick.idle();
    await this.feed.stop();
    await this.sender.stop();
  }

  onApplicationShutdown(): Promise<void> {
    return this.store.close();
  }
}

export interface ReactionsOptions {
  /**
   * 'log' (the all-in-one ledger): a subscription to the event store in this process.
   * 'kafka' (the reactions service): a consumer group on the relay's topics, which needs
   * MessagingModule and ObservabilityModule; REACTIONS_GROUP names the group ('reactions' by
   * default). A deployment runs one of the two over its database, never both: each records
   * from its own feed. Replicas of the reactions service may share it: each claims what it sends.
   */
  feed?: 'log' | 'kafka';
}

/**
 * Reactions fed from the log in this process or from the broker, their work in the events'
 * database, delivered over SMTP (SMTP_URL) or written to DATA_DIR/outbox, and the admin's
 * record of messages (GET /api/admin/messages).
 */
@Module({})
export class ReactionsModule {
  static forRoot({ feed = 'log' }: ReactionsOptions = {}): DynamicModule {
    const feedProviders = feed === 'log' ? logFeed : [kafkaFeed];
    return {
      module: ReactionsModule,
      controllers: [MessagesController],
      providers: [
        { provide: REACTION_SETTINGS, inject: [ConfigService], useFactory: (config: ConfigService) => reactionSettingsFrom(config) },
        { provide: REACTION_STORE, inject: [ConfigService], useFactory: (config: ConfigService) => openReactionStore(config) },
        {
          provide: MAIL_DELIVERY,
          inject: [ConfigService, REACTION_SETTINGS],
          useFactory: (config: ConfigService, settings: ReactionSettings): MailDelivery =>
            settings.smtpUrl ? { transport: 'smtp' } : { transport: 'outbox', outbox: outboxFolder(config) },
        },
        {
          provide: MailSender,
          inject: [REACTION_STORE, EVENT_STORE, CLOCK, REACTION_SETTINGS, MAIL_DELIVERY],
          useFactory: (store: ReactionStore, events: EventStore, clock: Clock, settings: ReactionSettings, delivery: MailDelivery) =>
            new MailSender(store, settings.smtpUrl ? smtpTransport(settings.smtpUrl, { timeoutMs: settings.sendTimeoutMs }) : outboxTransport(delivery.outbox!), personalDataOf(events), clock, settings),
        },
        ...feedProviders,
        {
          provide: ReactionTick,
          inject: [EVENT_STORE, REACTION_STORE, CLOCK, MailSender, REACTION_SETTINGS],
          useFactory: (events: EventStore, store: ReactionStore, clock: Clock, sender: MailSender, settings: ReactionSettings) =>
            new ReactionTick(events, store, clock, settings, () => sender.wake()),
        },
        ReactionsLifecycle,
      ],
      exports: [REACTION_STORE, ...(feed === 'log' ? [ReactionRunner] : []), MailSender, ReactionTick],
    };
  }
}

const logFeed: Provider[] = [
  {
    provide: ReactionRunner,
    inject: [EVENT_STORE, REACTION_STORE, MailSender, REACTION_SETTINGS],
    useFactory: (events: EventStore, store: ReactionStore, sender: MailSender, settings: ReactionSettings) =>
      new ReactionRunner(events, store, reactionsOf(settings), () => sender.wake()),
  },
  { provide: ReactionFeed, useExisting: ReactionRunner },
];

/** The feed's lag, dead letters and broker are reported as the projections service reports its own. */
const kafkaFeed: Provider = {
  provide: ReactionFeed,
  inject: [EVENT_STORE, REACTION_STORE, MailSender, REACTION_SETTINGS, MESSAGE_BUS, KAFKA_SETTINGS, ConfigService, ConsumerLagMetrics, DeadLetterMetrics, ReadinessChecks],
  useFactory: (
    events: EventStore,
    store: ReactionStore,
    sender: MailSender,
    settings: ReactionSettings,
    bus: MessageBus,
    kafka: KafkaSettings,
    config: ConfigService,
    lag: ConsumerLagMetrics,
    deadLetters: DeadLetterMetrics,
    readiness: ReadinessChecks,
  ) => {
    const groupId = kafka.topicPrefix + config.get<string>('REACTIONS_GROUP', 'reactions');
    const topics = categoryTopics(kafka.topicPrefix);
    readiness.register('kafka', kafkaProbe(bus));
    lag.watch({ bus, groupId, topics });
    return new KafkaReactionFeed({ bus, events, store, reactions: reactionsOf(settings), groupId, topics, onRecorded: () => sender.wake(), onParked: deadLetters.onParked(groupId) });
  },
};
