import { JwtService } from '@nestjs/jwt';
import { claimsOf, demoIdentity } from './demo-identities';
import type { DemoCall } from './demo-seed';

/** Calls a ledger's API at `baseUrl` as demo identities, with tokens signed by `secret`. */
export function httpDemoCall(baseUrl: string, secret: string): DemoCall {
  const jwt = new JwtService({ secret });
  const tokenOf = (sub: string) => {
    const identity = demoIdentity(sub);
    if (!identity) throw new Error(`no demo identity ${sub}`);
    return jwt.sign(claimsOf(identity), { expiresIn: '1h', algorithm: 'HS256' });
  };
  return async (sub, method, path, body, type = 'json') => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { Authorization: `Bearer ${tokenOf(sub)}`, 'Content-Type': type === 'xml' ? 'application/xml' : 'application/json' },
      ...(body !== undefined && { body: type === 'xml' ? String(body) : JSON.stringify(body) }),
    });
    // The EWP routes refuse in EWP XML: kept as text, for the seed's error to quote.
    const json = (response.headers.get('content-type') ?? '').startsWith('application/json');
    return { status: response.status, body: json ? await response.json() : await response.text() };
  };
}
