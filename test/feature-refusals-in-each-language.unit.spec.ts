import { join } from 'node:path';
import { englishOnlyRefusals } from './support/english-refusals';

const FEATURE_LIBS = ['mobility', 'read-models', 'agreements', 'ewp', 'partnerships', 'recognition'].map((lib) => `libs/${lib}/src`);

/**
 * Refusals still said in English alone, by file: this list only shrinks. Most answer EWP
 * partners' hosts, which read the English message of an error-response document (routes under
 * ewp/ with EwpErrorFilter or EwpHostErrorFilter, and the partner copies fetched in the
 * background); export-la.ts lists the exchange gaps, whose sentences come from the domain's
 * drafting warnings; host-keys.controller.ts is the operators' key rotation.
 */
const STILL_ENGLISH: Record<string, number> = {
  'libs/ewp/src/application/transcript-import.ts': 1,
  'libs/ewp/src/http/xml-body.ts': 1,
  'libs/ewp/src/las/export-la.ts': 1,
  'libs/ewp/src/las/import-access.ts': 1,
  'libs/ewp/src/las/import-plan.ts': 2,
  'libs/ewp/src/las/update-command.ts': 2,
  'libs/ewp/src/network/host/ewp-host-las.controller.ts': 4,
  'libs/ewp/src/network/host/ewp-host.controller.ts': 2,
  'libs/ewp/src/network/host/ewp-host.guard.ts': 1,
  'libs/ewp/src/network/host/host-params.ts': 1,
  'libs/ewp/src/network/host/hosted-learning-agreements.ts': 2,
  'libs/ewp/src/network/keys/host-keys.controller.ts': 1,
  'libs/ewp/src/network/receiving/partner-copy-import.ts': 1,
  'libs/ewp/src/validation/ewp-schema-validator.ts': 1,
  'libs/ewp/src/xml/xml-codec.ts': 1,
};

describe('the feature libraries’ refusals, said in each language', () => {
  it('creates no refusal in English alone beyond those listed, and the list is exact: a file said in French leaves it', () => {
    expect(englishOnlyRefusals(join(__dirname, '..'), FEATURE_LIBS)).toEqual(STILL_ENGLISH);
  });
});
