import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { ObservabilityModule } from '@app/observability';
import { personalFieldsOf } from '@app/domain';
import { EventStoreModule } from '@app/event-store';
import { AuthModule } from '@app/http';
import { RecognitionModule } from '@app/recognition';

/** The recognition service: transcripts of records, recognition, conversions, remedies. */
@Module({
  imports: [
    ConfigModule.forRoot({ isGlobal: true }),
    ObservabilityModule.forRoot({ service: 'recognition' }),
    EventStoreModule.forRoot({ personalData: personalFieldsOf }),
    AuthModule,
    RecognitionModule,
  ],
})
export class RecognitionServiceModule {}
