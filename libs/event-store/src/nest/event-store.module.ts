import { DynamicModule, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { EventStoreConfig, createEventStore } from '../create-event-store';
import { EventStore } from '../event-store';
import { eventStoreConfigFrom } from './event-store-config';

export const EVENT_STORE = Symbol('EVENT_STORE');
export const InjectEventStore = () => Inject(EVENT_STORE);

class EventStoreCloser implements OnApplicationShutdown {
  constructor(@InjectEventStore() private readonly store: EventStore) {}
  onApplicationShutdown(): Promise<void> {
    return this.store.close();
  }
}

/** Provides the configured EventStore adapter (EVENT_STORE=sqlite|postgres|kurrentdb). */
@Module({})
export class EventStoreModule {
  static forRoot(config?: EventStoreConfig): DynamicModule {
    return {
      module: EventStoreModule,
      global: true,
      providers: [
        {
          provide: EVENT_STORE,
          inject: [ConfigService],
          useFactory: (settings: ConfigService) => createEventStore(config ?? eventStoreConfigFrom(settings)),
        },
        EventStoreCloser,
      ],
      exports: [EVENT_STORE],
    };
  }
}
