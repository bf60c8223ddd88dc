import { DynamicModule, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { createKafkaJsBus } from '../kafkajs';
import { KafkaSettings, kafkaSettingsFrom } from '../kafka-settings';
import { MessageBus } from '../port';

export const MESSAGE_BUS = Symbol('MESSAGE_BUS');
export const KAFKA_SETTINGS = Symbol('KAFKA_SETTINGS');
export const InjectMessageBus = () => Inject(MESSAGE_BUS);

/** The broker's clients close last, once the consumers that use them have stopped. */
@Injectable()
class MessageBusLifecycle implements OnApplicationShutdown {
  constructor(@InjectMessageBus() private readonly bus: MessageBus) {}

  onApplicationShutdown(): Promise<void> {
    return this.bus.close();
  }
}

/** The message bus of a service, configured by KAFKA_BROKERS, KAFKA_TOPIC_PREFIX, KAFKA_PARTITIONS and KAFKA_LOG_LEVEL. */
@Module({})
export class MessagingModule {
  static forRoot(clientId: string): DynamicModule {
    return {
      module: MessagingModule,
      global: true,
      providers: [
        { provide: KAFKA_SETTINGS, inject: [ConfigService], useFactory: kafkaSettingsFrom },
        {
          provide: MESSAGE_BUS,
          inject: [KAFKA_SETTINGS],
          useFactory: (kafka: KafkaSettings): MessageBus => createKafkaJsBus({ ...kafka, clientId }),
        },
        MessageBusLifecycle,
      ],
      exports: [KAFKA_SETTINGS, MESSAGE_BUS],
    };
  }
}
