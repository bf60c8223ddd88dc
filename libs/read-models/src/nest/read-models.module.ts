import { BeforeApplicationShutdown, DynamicModule, Inject, Injectable, Module, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { Projection } from '../projection';
import { PROJECTIONS } from '../projections';
import { ProjectionRunner } from '../runner';
import { ProjectionStore, createProjectionStore, projectionStoreConfigFrom } from '../store';
import { PROJECTION_STORE } from './read-models.tokens';

/** Starts the projections once the app is up; stops them before the stores close. */
@Injectable()
class ProjectionsLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown {
  constructor(
    private readonly runner: ProjectionRunner,
    @Inject(PROJECTION_STORE) private readonly store: ProjectionStore,
  ) {}

  onApplicationBootstrap(): Promise<void> {
    return this.runner.start();
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.runner.stop();
  }

  onApplicationShutdown(): Promise<void> {
    return this.store.close();
  }
}

/**
 * Projections fed in process from the event store, their rows in the events' database
 * (see projectionStoreConfigFrom). Global: query handlers of any feature inject the
 * ProjectionStore and the ProjectionRunner.
 */
@Module({})
export class ReadModelsModule {
  static forRoot(projections: readonly Projection[] = PROJECTIONS): DynamicModule {
    return {
      module: ReadModelsModule,
      global: true,
      providers: [
        {
          provide: PROJECTION_STORE,
          inject: [ConfigService],
          useFactory: (settings: ConfigService) => createProjectionStore(projectionStoreConfigFrom(settings)),
        },
        {
          provide: ProjectionRunner,
          inject: [EVENT_STORE, PROJECTION_STORE],
          useFactory: (events: EventStore, store: ProjectionStore) => new ProjectionRunner(events, store, projections),
        },
        ProjectionsLifecycle,
      ],
      exports: [PROJECTION_STORE, ProjectionRunner],
    };
  }
}
