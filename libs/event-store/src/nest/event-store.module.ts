import { DynamicModule, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { CLOCK, Clock } from '@app/kernel';
import { EventStoreConfig, createEventStore } from '../create-event-store';
import { EventStore } from '../event-store';
import { PersonalDataPolicy, keyStoreConfigFor, openProtectedEventStore } from '../personal-data';
import { eventStoreConfigFrom } from './event-store-config';

export const EVENT_STORE = Symbol('EVENT_STORE');
export const InjectEventStore = () => Inject(EVENT_STORE);

/**
 * Optional, from another (global) module: wraps the adapter before anyone receives it, so
 * cross-cutting concerns such as metrics stay out of this library.
 */
export const EVENT_STORE_DECORATOR = Symbol('EVENT_STORE_DECORATOR');
export type EventStoreDecorator = (store: EventStore) => EventStore;

class EventStoreCloser implements OnApplicationShutdown {
  constructor(@InjectEventStore() private readonly store: EventStore) {}
  onApplicationShutdown(): Promise<void> {
    return this.store.close();
  }
}

export interface EventStoreModuleOptions {
  config?: EventStoreConfig;
  /** The domain's personal fields: sealed on append, opened on read (crypto-shredding). */
  personalData?: PersonalDataPolicy;
}

/** Provides the configured EventStore adapter (EVENT_STORE=sqlite|postgres|kurrentdb). */
@Module({})
export class EventStoreModule {
  static forRoot({ config, personalData }: EventStoreModuleOptions = {}): DynamicModule {
    return {
      module: EventStoreModule,
      global: true,
      providers: [
        {
          provide: EVENT_STORE,
          inject: [ConfigService, { token: EVENT_STORE_DECORATOR, optional: true }, { token: CLOCK, optional: true }],
          useFactory: async (settings: ConfigService, decorate?: EventStoreDecorator, clock?: Clock) => {
            const configured = config ?? eventStoreConfigFrom(settings);
            const events = configured.kind === 'sqlite' && clock ? { ...configured, clock } : configured;
            if (personalData) return openProtectedEventStore({ events, keys: keyStoreConfigFor(events, settings), personalData, decorate });
            const store = await createEventStore(events);
            return decorate ? decorate(store) : store;
          },
        },
        EventStoreCloser,
      ],
      exports: [EVENT_STORE],
    };
  }
}
