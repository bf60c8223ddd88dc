import { ArgumentsHost, NotFoundException } from '@nestjs/common';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EwpHostIdentity } from '../ewp-host-identity';
import { EwpHostErrorFilter } from './ewp-host-error.filter';

const answered = () => {
  const sent: { status?: number; headers: Record<string, string>; body?: string } = { headers: {} };
  const response = {
    status: (status: number) => ((sent.status = status), response),
    set: (headers: Record<string, string>) => (Object.assign(sent.headers, headers), response),
    type: () => response,
    send: (body: string) => ((sent.body = body), response),
  };
  const host = { switchToHttp: () => ({ getResponse: () => response, getRequest: () => ({ headers: {} }) }) } as unknown as ArgumentsHost;
  return { sent, host };
};

describe('the EWP host error filter', () => {
  const saved = { heis: process.env.EWP_HEIS, dir: process.env.EWP_DATA_DIR };
  afterEach(() => {
    for (const [name, value] of [['EWP_HEIS', saved.heis], ['EWP_DATA_DIR', saved.dir]] as const) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  it('answers a plain unsigned 404 on a ledger that is no EWP host, and generates no key', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'ewp-off-')), 'ewp');
    delete process.env.EWP_HEIS;
    process.env.EWP_DATA_DIR = dir;
    const identity = new EwpHostIdentity({ now: () => new Date() });
    const { sent, host } = answered();
    await new EwpHostErrorFilter(identity).catch(new NotFoundException('this ledger is no EWP host (EWP_HEIS is empty)'), host);
    expect(sent.status).toBe(404);
    expect(sent.headers.signature).toBeUndefined();
    expect(sent.body).toContain('no EWP host');
    expect(existsSync(join(dir, 'host-keys.json'))).toBe(false);
  });
});
