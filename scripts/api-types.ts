/**
 * Writes the ledger's OpenAPI document (docs/openapi.json) and the web's API types generated
 * from it (apps/web/src/api/openapi.d.ts): npm run api:types
 * With --check it writes nothing and exits 1 when either committed file differs from what the
 * server produces now, naming it (test/api-types.unit.spec.ts runs that).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { apiTypes, OPENAPI_PATH, TYPES_PATH } from './api-types/api-types';

const check = process.argv.includes('--check');
const committed = (path: string) => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
};

apiTypes().then(
  ({ openapi, types }) => {
    const files: [string, string][] = [
      [OPENAPI_PATH, openapi],
      [TYPES_PATH, types],
    ];
    if (check) {
      const stale = files.filter(([path, text]) => committed(path) !== text).map(([path]) => path);
      stale.forEach((path) => console.error(`${path} differs from what the server produces: run npm run api:types`));
      process.exit(stale.length ? 1 : 0);
    }
    files.forEach(([path, text]) => writeFileSync(path, text));
    console.log(`wrote ${OPENAPI_PATH} and ${TYPES_PATH}`);
    process.exit(0);
  },
  (error: Error) => {
    console.error(error.stack ?? error.message);
    process.exit(2);
  },
);
