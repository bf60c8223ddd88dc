import { appendContract } from './append.contract';
import { concurrencyContract } from './concurrency.contract';
import { StoreFactory } from './contract-fixtures';
import { globalLogContract } from './global-log.contract';
import { idempotencyContract } from './idempotency.contract';
import { readingContract } from './reading.contract';

/** The behaviour every adapter owes the rest of the system; each adapter's spec runs it. */
export function eventStoreContract(adapter: string, open: StoreFactory): void {
  describe(`EventStore contract: ${adapter}`, () => {
    appendContract(open);
    idempotencyContract(open);
    concurrencyContract(open);
    readingContract(open);
    globalLogContract(open);
  });
}

export type { StoreFactory, StoreUnderTest } from './contract-fixtures';
