import { BeforeApplicationShutdown, DynamicModule, Inject, Injectable, Module, OnApplicationBootstrap, OnApplicationShutdown, Provider } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { AgreementSummaries, InstitutionRegister, PartnershipRegister, StudentRoster } from '@app/kernel';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { KAFKA_SETTINGS, KafkaSettings, MESSAGE_BUS, MessageBus, categoryTopics } from '@app/messaging';
import { ConsumerLagMetrics, DeadLetterMetrics, ReadinessChecks, kafkaProbe } from '@app/observability';
import { KafkaProjectionFeed, ProjectionFeed } from '../feed';
import { Projection } from '../projection';
import { PROJECTIONS } from '../projections';
import { ProjectionRunner } from '../runner';
import { ProjectedAgreementSummaries, ProjectedInstitutionRegister, ProjectedPartnershipRegister, ProjectedStudentRoster } from '../directory';
import { ProjectionStore, createProjectionStore, projectionStoreConfigFrom } from '../store';
import { PROJECTION_STORE } from './read-models.tokens';

/** Starts the feed once the app is up; stops it before the stores close. */
@Injectable()
class ProjectionsLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown {
  constructor(
    private readonly feed: ProjectionFeed,
    @Inject(PROJECTION_STORE) private readonly store: ProjectionStore,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // The broker's feed starts as it is built; the log's subscriptions wait for the app.
    if (this.feed instanceof ProjectionRunner) await this.feed.start();
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.feed.stop();
  }

  onApplicationShutdown(): Promise<void> {
    return this.store.close();
  }
}

export interface ReadModelsOptions {
  projections?: readonly Projection[];
  /**
   * 'log' (the all-in-one process): subscriptions to the event store in this process.
   * 'kafka' (the projections service): a consumer group on the relay's topics, which needs
   * MessagingModule; READ_MODEL_GROUP names the group ('projections' by default).
   */
  feed?: 'log' | 'kafka';
}

/**
 * Projections and their rows in the events' database (see projectionStoreConfigFrom).
 * Global: query handlers of any feature inject the ProjectionStore and the ProjectionFeed, and
 * the agreements, partnerships and institutions lists (AgreementSummaries, PartnershipRegister,
 * InstitutionRegister) read the
 * directory projections, which a process serving those lists must run.
 */
@Module({})
export class ReadModelsModule {
  static forRoot({ projections = PROJECTIONS, feed = 'log' }: ReadModelsOptions = {}): DynamicModule {
    return {
      module: ReadModelsModule,
      global: true,
      providers: [
        {
          provide: PROJECTION_STORE,
          inject: [ConfigService],
          useFactory: (settings: ConfigService) => createProjectionStore(projectionStoreConfigFrom(settings)),
        },
        feed === 'log' ? logFeed(projections) : kafkaFeed(projections),
        ProjectionsLifecycle,
        { provide: AgreementSummaries, useClass: ProjectedAgreementSummaries },
        { provide: PartnershipRegister, useClass: ProjectedPartnershipRegister },
        { provide: InstitutionRegister, useClass: ProjectedInstitutionRegister },
        { provide: StudentRoster, useClass: ProjectedStudentRoster },
      ],
      exports: [PROJECTION_STORE, ProjectionFeed, AgreementSummaries, PartnershipRegister, InstitutionRegister, StudentRoster],
    };
  }
}

const logFeed = (projections: readonly Projection[]): Provider => ({
  provide: ProjectionFeed,
  inject: [EVENT_STORE, PROJECTION_STORE],
  useFactory: (events: EventStore, store: ProjectionStore) => new ProjectionRunner(events, store, projections),
});

/** Needs MessagingModule and ObservabilityModule: the feed's lag, dead letters and broker are reported. */
const kafkaFeed = (projections: readonly Projection[]): Provider => ({
  provide: ProjectionFeed,
  inject: [EVENT_STORE, PROJECTION_STORE, MESSAGE_BUS, KAFKA_SETTINGS, ConfigService, ConsumerLagMetrics, DeadLetterMetrics, ReadinessChecks],
  useFactory: (
    events: EventStore,
    store: ProjectionStore,
    bus: MessageBus,
    kafka: KafkaSettings,
    settings: ConfigService,
    lag: ConsumerLagMetrics,
    deadLetters: DeadLetterMetrics,
    readiness: ReadinessChecks,
  ) => {
    const groupId = kafka.topicPrefix + settings.get<string>('READ_MODEL_GROUP', 'projections');
    const topics = categoryTopics(kafka.topicPrefix);
    readiness.register('kafka', kafkaProbe(bus));
    lag.watch({ bus, groupId, topics });
    return KafkaProjectionFeed.start({ bus, events, store, projections, groupId, topics, onParked: deadLetters.onParked(groupId) });
  },
});
