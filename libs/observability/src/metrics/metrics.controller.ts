import { Controller, Get, Header, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { Registry } from 'prom-client';
import { SkipThrottle } from '@nestjs/throttler';
import { Public } from '@app/http';
import { InjectMetricsRegistry } from './metrics-registry';

/** Prometheus's text format at `/metrics`, outside the `/api` prefix and without a token. */
@ApiExcludeController()
// Probes and scrapes come every few seconds from one address: they must not eat its rate limit.
@SkipThrottle()
@Public()
@Controller('metrics')
export class MetricsController {
  constructor(@InjectMetricsRegistry() private readonly registry: Registry) {}

  @Get()
  @Header('Cache-Control', 'no-store')
  async scrape(@Res() response: Response): Promise<void> {
    response.type(this.registry.contentType).send(await this.registry.metrics());
  }
}
