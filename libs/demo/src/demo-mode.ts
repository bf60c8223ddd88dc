import type { ConfigService } from '@nestjs/config';
import { whyNotDevelopment } from '@app/http';

/**
 * Demo tokens are minted only on a development set-up (whyNotDevelopment: the development
 * secret, loopback, no identity provider, not production) on the embedded SQLite. Anything
 * else is a deployment whose identities come from its own provider, and a page that hands out
 * tokens there would hand out the school.
 */
export function demoRefusal(settings: Pick<ConfigService, 'get'>): string | undefined {
  const notDevelopment = whyNotDevelopment(settings);
  if (notDevelopment) return `demo identities are off: ${notDevelopment}`;
  if ((settings.get<string>('EVENT_STORE') || 'sqlite') !== 'sqlite') return 'demo identities are off: the event store is not the embedded SQLite';
  return undefined;
}
