import type { ConfigService } from '@nestjs/config';
import { isIPv4, isIPv6 } from 'node:net';

type Settings = Pick<ConfigService, 'get'>;

/** The embedded default listens on the loopback interface: nothing on another machine reaches it. */
export const DEFAULT_HOST = '127.0.0.1';

/** The interface the HTTP services listen on (HOST). */
export const listeningHostFrom = (settings: Settings): string => settings.get<string>('HOST') || DEFAULT_HOST;

const isLoopback = (host: string): boolean => {
  const address = host.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  if (address === 'localhost') return true;
  if (isIPv4(address)) return address.startsWith('127.');
  if (!isIPv6(address)) return false;
  return address === '::1' || /^(0{1,4}:){7}0{0,3}1$/.test(address) || /^::ffff:127\./.test(address);
};

/**
 * Why this configuration is not a development set-up, or undefined when it is. The one
 * decision that the development secret and the demo identities ask: both exist only on a
 * developer's own machine, which means no secret of its own, no identity provider, not
 * production, and listening on the loopback interface only, so that no request signed with
 * the public secret, and no demo token, can come from another machine.
 */
export function whyNotDevelopment(settings: Settings): string | undefined {
  if (settings.get<string>('AUTH_JWT_SECRET')) return 'AUTH_JWT_SECRET is set';
  if (settings.get<string>('NODE_ENV') === 'production') return 'NODE_ENV is production';
  if (settings.get<string>('AUTH_JWKS_URL')) return 'an identity provider is configured (AUTH_JWKS_URL)';
  const host = listeningHostFrom(settings);
  if (!isLoopback(host)) return `HOST ${host} is reachable from other machines`;
  return undefined;
}

export const isDevelopmentSetUp = (settings: Settings): boolean => whyNotDevelopment(settings) === undefined;
