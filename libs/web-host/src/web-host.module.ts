import { DynamicModule, Inject, Logger, Module, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { Express } from 'express';
import express from 'express';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spaFallback } from './spa-fallback';

const WEB_ROOT = Symbol('WEB_ROOT');

/** Where `npm run build:web` writes the pages, unless WEB_ROOT says otherwise. */
export const defaultWebRoot = (env: NodeJS.ProcessEnv = process.env): string => resolve(env.WEB_ROOT || join(process.cwd(), 'apps/web/dist'));

/**
 * Serves the built web pages at / from the same origin as the API. Registered when the
 * module initialises, that is after every controller's route, so /api, /metrics and
 * /health are matched first and never shadowed.
 */
@Module({})
export class WebHostModule implements OnModuleInit {
  private readonly logger = new Logger('WebHost');

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @Inject(WEB_ROOT) private readonly root: string,
  ) {}

  static forRoot(root = defaultWebRoot()): DynamicModule {
    return { module: WebHostModule, providers: [{ provide: WEB_ROOT, useValue: root }] };
  }

  onModuleInit(): void {
    const indexHtml = join(this.root, 'index.html');
    if (!existsSync(indexHtml)) {
      this.logger.warn(`no web pages in ${this.root} (npm run build:web builds them); serving the API only`);
      return;
    }
    const server = this.adapterHost.httpAdapter.getInstance<Express>();
    // Bundles carry a content hash in their names: they never change, index.html always may.
    server.use('/assets', express.static(join(this.root, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false }));
    server.use(express.static(this.root, { index: false }));
    server.use(spaFallback(indexHtml));
  }
}
