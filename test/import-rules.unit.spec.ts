import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ImportRules, SourceFile, checkImports, describeVerdict, importsOf } from '../scripts/imports/check-imports';
import { IMPORT_RULES } from '../scripts/imports/import-rules';

const RULES: ImportRules = {
  kernel: ['domain', 'http'],
  features: ['agreements', 'mobility', 'recognition'],
  composers: ['ewp'],
  shells: ['demo'],
  exceptions: [{ from: 'libs/recognition/src/read/context.ts', to: 'agreements', reason: 'reads the version in force' }],
};

const file = (path: string, ...lines: string[]): SourceFile => ({ path, text: lines.join('\n') });
const known = file('libs/recognition/src/read/context.ts', "import { loadAgreement } from '@app/agreements';");

describe('the import rule: no feature library imports another', () => {
  it('refuses a feature that imports another feature, naming the file, the line and the libraries', () => {
    const verdict = checkImports([known, file('libs/mobility/src/http/dto/rule.dto.ts', "import { ApiProperty } from '@nestjs/swagger';", "import { DECIMAL } from '@app/agreements';")], RULES);
    expect(describeVerdict(verdict)).toEqual([
      "libs/mobility/src/http/dto/rule.dto.ts:2 imports '@app/agreements': a feature library (mobility) may not import a feature library (agreements)",
    ]);
  });

  it('sees every way of importing: a deep path, a type, a re-export, a dynamic import, require, and a relative path into another library', () => {
    const sneaky = file(
      'libs/mobility/src/sneaky.ts',
      "import { loadAgreement } from '@app/agreements/read/load-agreement';",
      "import type { RecognitionState } from '@app/recognition';",
      "export { DECIMAL } from '@app/agreements';",
      "const later = () => import('@app/recognition');",
      "const required = require('@app/agreements');",
      "import { summaryOf } from '../../agreements/src/read/agreement-summaries';",
    );
    expect(importsOf(sneaky).map(({ line, toLibrary }) => `${line} ${toLibrary}`)).toEqual([
      '1 agreements', '2 recognition', '3 agreements', '4 recognition', '5 agreements', '6 agreements',
    ]);
    expect(checkImports([known, sneaky], RULES).violations).toHaveLength(6);
  });

  it('lets a feature import the kernel and itself, and a composer import features', () => {
    const verdict = checkImports([
      known,
      file('libs/agreements/src/a.ts', "import { invalid } from '@app/domain';", "import { Access } from '@app/http';", "import { x } from '@app/agreements/read/x';", "import { y } from './y';"),
      file('libs/ewp/src/import.ts', "import { DecideAgreement } from '@app/agreements';", "import { DecideRecognition } from '@app/recognition';"),
      file('libs/demo/src/seed.ts', "import { jwtSecretFrom } from '@app/http';"),
    ], RULES);
    expect(describeVerdict(verdict)).toEqual([]);
  });

  it('keeps the kernel and the shells below the features, and features below the composers', () => {
    const verdict = checkImports([
      known,
      file('libs/http/src/dto.ts', "import { CreditDto } from '@app/agreements';"),
      file('libs/demo/src/seed.ts', "import { AgreementsModule } from '@app/agreements';"),
      file('libs/agreements/src/ewp.ts', "import { EwpModule } from '@app/ewp';"),
    ], RULES);
    expect(verdict.violations.map(({ edge }) => `${edge.fromLibrary} -> ${edge.toLibrary}`)).toEqual(['http -> agreements', 'demo -> agreements', 'agreements -> ewp']);
  });

  it('accepts a listed exception only for its file and library: the same import elsewhere fails', () => {
    const elsewhere = file('libs/recognition/src/queries/other.ts', "import { loadAgreement } from '@app/agreements';");
    const otherLibrary = file('libs/recognition/src/read/context.ts', "import { loadAgreement } from '@app/agreements';", "import { loadSchoolSettings } from '@app/mobility';");
    expect(checkImports([known], RULES).violations).toEqual([]);
    expect(checkImports([known, elsewhere], RULES).violations.map(({ edge }) => edge.from)).toEqual(['libs/recognition/src/queries/other.ts']);
    expect(checkImports([otherLibrary], RULES).violations.map(({ edge }) => edge.toLibrary)).toEqual(['mobility']);
  });

  it('fails on an exception no import uses any more, and on a library the rules do not place', () => {
    const verdict = checkImports([file('libs/recognition/src/read/context.ts', "import { invalid } from '@app/domain';"), file('libs/billing/src/index.ts', '')], RULES);
    expect(describeVerdict(verdict)).toEqual([
      'libs/billing is not placed in the import rules (kernel, feature, composer or shell)',
      'the exception libs/recognition/src/read/context.ts -> agreements matches no import any more: remove it from the list',
    ]);
  });

  it("places every library of libs/, and gives each exception a reason", () => {
    const placed = [...IMPORT_RULES.kernel, ...IMPORT_RULES.features, ...IMPORT_RULES.composers, ...IMPORT_RULES.shells];
    expect(placed.sort()).toEqual(readdirSync(join(__dirname, '..', 'libs')).sort());
    for (const exception of IMPORT_RULES.exceptions) expect(exception.reason.length).toBeGreaterThan(20);
  });
});
