import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import { Public } from '@app/http';
import { ProbeResult, ReadinessChecks } from './readiness-checks';

export interface HealthReport {
  status: 'ok' | 'error';
  details: Record<string, ProbeResult>;
}

/**
 * Liveness and readiness for an orchestrator, outside the `/api` prefix. The body has the
 * shape of @nestjs/terminus's (`status`, `details`), whose ESM-only build Jest cannot load.
 */
@ApiTags('health')
// Probes and scrapes come every few seconds from one address: they must not eat its rate limit.
@SkipThrottle()
@Public()
@Controller('health')
export class ProbesController {
  constructor(private readonly checks: ReadinessChecks) {}

  @Get('live')
  @ApiOkResponse({ description: 'The process is up and its event loop turns.' })
  live(): HealthReport {
    return { status: 'ok', details: {} };
  }

  @Get('ready')
  @ApiOkResponse({ description: 'Every dependency answers: event store, database, broker.' })
  @ApiServiceUnavailableResponse({ description: 'A dependency does not answer; `details` says which.' })
  async ready(): Promise<HealthReport> {
    const details = await this.checks.run();
    const ready = Object.values(details).every((result) => result.status === 'up');
    if (!ready) throw new ServiceUnavailableException({ status: 'error', details });
    return { status: 'ok', details };
  }
}
