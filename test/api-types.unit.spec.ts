import { spawnSync } from 'node:child_process';

describe('the web reads the API through types generated from its OpenAPI document', () => {
  it('has docs/openapi.json and apps/web/src/api/openapi.d.ts as the server produces them now (else: npm run api:types)', () => {
    // In a process of its own: openapi-typescript loads an ES module that Jest cannot require.
    const check = spawnSync(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'scripts/api-types.ts', '--check'],
      { encoding: 'utf8', env: { ...process.env, SQLITE_PATH: ':memory:' } },
    );
    // The files that drifted are named on stderr.
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  }, 60_000);
});
