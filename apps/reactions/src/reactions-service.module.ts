import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { personalFieldsOf } from '@app/domain';
import { EventStoreModule } from '@app/event-store';
import { AuthModule } from '@app/http';
import { ClockModule } from '@app/kernel';
import { MessagingModule } from '@app/messaging';
import { ObservabilityModule } from '@app/observability';
import { ReactionsModule } from '@app/reactions';

/**
 * The reactions service: the messages, reminders and digests of the services apart, fed from
 * the broker, and the admin's record of them. The event store is read for each reaction's
 * context and to open an address at the moment its message leaves.
 */
@Module({
  imports: [
    ConfigModule.forRoot({ isGlobal: true }),
    ClockModule.forRoot(),
    ObservabilityModule.forRoot({ service: 'reactions' }),
    EventStoreModule.forRoot({ personalData: personalFieldsOf }),
    AuthModule,
    MessagingModule.forRoot('reactions'),
    ReactionsModule.forRoot({ feed: 'kafka' }),
  ],
})
export class ReactionsServiceModule {}
