/**
 * Demo data for the web pages: npm run demo:seed. Through the HTTP API of the ledger that
 * answers at DEMO_URL (http://localhost:3000 by default) when one runs; otherwise through an
 * in-process ledger on the embedded default's SQLite file (SQLITE_PATH), which `npm start`
 * then serves. Runs once: a store that already holds agreements of the demo school is left alone.
 */
import { NestFactory } from '@nestjs/core';
import { httpDemoCall, seedDemo } from '@app/demo';
import { configureHttp, jwtSecretFrom } from '@app/http';
import { LedgerModule } from '../apps/ledger/src/ledger.module';

const over = (baseUrl: string) => httpDemoCall(baseUrl, jwtSecretFrom({ get: (name: string) => process.env[name] }));

async function answers(baseUrl: string): Promise<boolean> {
  try {
    return (await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(2000) })).ok;
  } catch {
    return false;
  }
}

async function main(): Promise<void> {
  const running = process.env.DEMO_URL ?? 'http://localhost:3000';
  if (await answers(running)) {
    console.log(`seeding through the ledger at ${running}`);
    await seedDemo(over(running), console.log);
    return;
  }
  console.log(`no ledger answers at ${running}: seeding ${process.env.SQLITE_PATH ?? './data/mobility-ledger.db'} in process`);
  const app = await NestFactory.create(LedgerModule, { logger: ['error'] });
  configureHttp(app);
  await app.listen(0, '127.0.0.1');
  try {
    await seedDemo(over(await app.getUrl()), console.log);
  } finally {
    await app.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
