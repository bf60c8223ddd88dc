/**
 * Demo data for the web pages: npm run demo:seed. Through the HTTP API of a ledger in this
 * process, on the embedded default's SQLite file (SQLITE_PATH), which `npm start` then serves;
 * its clock is set to each story's moment, so signatures come before departures. When a
 * ledger already answers at DEMO_URL (http://localhost:3000 by default), it only checks the
 * demo data is there, and otherwise says to stop that ledger first. Safe to run again: a
 * student who already has an agreement is skipped.
 */
import { NestFactory } from '@nestjs/core';
import { httpDemoCall, seedDemo } from '@app/demo';
import { configureHttp, jwtSecretFrom } from '@app/http';
import { SettableClock } from '@app/kernel';
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
    console.log(`a ledger answers at ${running}`);
    await seedDemo(over(running), { log: console.log });
    return;
  }
  console.log(`no ledger answers at ${running}: seeding ${process.env.SQLITE_PATH ?? './data/mobility-ledger.db'} in process`);
  const clock = new SettableClock();
  const app = await NestFactory.create(LedgerModule.on(clock), { logger: ['error'] });
  configureHttp(app);
  await app.listen(0, '127.0.0.1');
  try {
    await seedDemo(over(await app.getUrl()), { clock, log: console.log });
  } finally {
    await app.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
