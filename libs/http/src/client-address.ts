import { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';

/**
 * Which proxies express believes when it reads the client's address (`request.ip`, by which
 * the rate limit counts requests without a valid token). None by default: X-Forwarded-For is
 * then ignored, since a client that could set it would pick a fresh address, and a fresh
 * budget, per request. TRUST_PROXY names the proxies in front of the service as express's
 * `trust proxy` does: a number of hops, or addresses and subnets (`loopback`, `10.0.0.0/8`).
 */
export function trustProxies(app: INestApplication, env: NodeJS.ProcessEnv = process.env): void {
  const setting = (env.TRUST_PROXY ?? '').trim();
  if (setting === '' || setting === 'false') return;
  if (setting === 'true') throw new Error('TRUST_PROXY=true would let any client name its own address: name the proxies (addresses, subnets or a number of hops)');
  (app as NestExpressApplication).set('trust proxy', /^\d+$/.test(setting) ? Number(setting) : setting.split(',').map((proxy) => proxy.trim()));
}
