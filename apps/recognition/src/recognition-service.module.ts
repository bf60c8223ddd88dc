import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { ObservabilityModule } from '@app/observability';
import { personalFieldsOf } from '@app/domain';
import { EventStoreModule } from '@app/event-store';
import { ClockModule } from '@app/kernel';
import { AuthModule } from '@app/http';
import { DIRECTORY_PROJECTIONS, ReadModelsModule } from '@app/read-models';
import { RecognitionModule } from '@app/recognition';

/** The recognition service: transcripts of records, recognition, conversions, remedies. */
@Module({
  imports: [
    ConfigModule.forRoot({ isGlobal: true }),
    ClockModule.forRoot(),
    ObservabilityModule.forRoot({ service: 'recognition' }),
    EventStoreModule.forRoot({ personalData: personalFieldsOf }),
    AuthModule,
    RecognitionModule,
    // The lists of agreements and partnerships, read from their projections, fed from the log here.
    ReadModelsModule.forRoot({ projections: DIRECTORY_PROJECTIONS }),
  ],
})
export class RecognitionServiceModule {}
