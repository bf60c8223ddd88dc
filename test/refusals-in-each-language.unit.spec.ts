import { join } from 'node:path';
import { englishOnlyRefusals } from './support/english-refusals';

/** The domain and the feature libraries: where the refusals a person reads are made. */
const LIBS = ['domain', 'mobility', 'read-models', 'agreements', 'ewp', 'partnerships', 'recognition'].map((lib) => `libs/${lib}/src`);

/**
 * Refusals still said in English alone, by file: this list only shrinks. A refusal a person
 * reads (the JSON API, the web pages, or the user message of a coordinator's EWP route) is said
 * with a table of each language.
 */
const STILL_ENGLISH: Record<string, number> = {};

/**
 * Refusals only a partner's EWP host reads, by file: the host routes (EwpHostErrorFilter) answer
 * with an `error-response` document whose developer-message is for the partner's developers,
 * in English as EWP writes it. No person of this ledger reads them; hosted-learning-agreements.ts
 * serves those routes only.
 */
/**
 * Refusals no reader ever receives: a defect of the ledger (a command type no decider knows),
 * said in English for the logs. Each file says why in a comment beside its refusal.
 */
const INTERNAL: Record<string, number> = {
  'libs/domain/src/exhaustive.ts': 1,
};

const MACHINE_TO_MACHINE: Record<string, number> = {
  'libs/ewp/src/network/host/ewp-host-las.controller.ts': 4,
  'libs/ewp/src/network/host/ewp-host.controller.ts': 2,
  'libs/ewp/src/network/host/ewp-host.guard.ts': 1,
  'libs/ewp/src/network/host/host-params.ts': 1,
  'libs/ewp/src/network/host/hosted-learning-agreements.ts': 2,
};

describe('the refusals of the domain and the features, said in each language', () => {
  it('creates no refusal in English alone beyond those listed, and the list is exact: a file said in French leaves it', () => {
    expect(englishOnlyRefusals(join(__dirname, '..'), LIBS)).toEqual({ ...STILL_ENGLISH, ...INTERNAL, ...MACHINE_TO_MACHINE });
  });
});
