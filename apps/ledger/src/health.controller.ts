import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { EventStore, InjectEventStore } from '@app/event-store';
import { Public } from '@app/http';

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(@InjectEventStore() private readonly store: EventStore) {}

  @Get()
  @ApiOkResponse({ description: 'The process is up and its event store answers.' })
  async health(): Promise<{ status: 'ok' }> {
    try {
      await this.store.readAll({ maxCount: 1 });
      return { status: 'ok' };
    } catch (error) {
      throw new ServiceUnavailableException(`event store unavailable: ${(error as Error).message}`);
    }
  }
}
