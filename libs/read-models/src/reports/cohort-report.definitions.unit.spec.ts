import { COHORT_REPORT_DEFINITIONS, IndicatorPath, cohortReportDefinitions } from './cohort-report.definitions';

const PATHS = Object.keys(COHORT_REPORT_DEFINITIONS) as IndicatorPath[];

describe('the cohort report’s definitions, in each language', () => {
  it('gives every figure a French definition of its own, with the same rule, numerator and denominator', () => {
    const french = cohortReportDefinitions('fr');
    expect(Object.keys(french).sort()).toEqual([...PATHS].sort());
    for (const path of PATHS) {
      const { definition, ...rule } = french[path];
      expect({ path, definition: definition?.trim() ? 'said' : 'missing' }).toEqual({ path, definition: 'said' });
      expect({ path, sameAsEnglish: definition === COHORT_REPORT_DEFINITIONS[path].definition }).toEqual({ path, sameAsEnglish: false });
      const { definition: _english, ...englishRule } = COHORT_REPORT_DEFINITIONS[path] as { definition: string };
      expect(rule).toEqual(englishRule);
    }
  });

  it('keeps the English definitions as they are, and writes the French with the typographic apostrophe and a space before a colon', () => {
    expect(cohortReportDefinitions('en')).toBe(COHORT_REPORT_DEFINITIONS);
    expect(cohortReportDefinitions('fr')['students.mobilityRate'].definition).toMatch(/^students\.byStatus\.fulfilled \/ students\.nonExempt, arrondi/);
    for (const path of PATHS) {
      const { definition } = cohortReportDefinitions('fr')[path];
      expect({ path, straightApostrophe: definition.includes("'") }).toEqual({ path, straightApostrophe: false });
      expect({ path, colonWithoutSpace: /\S[:;]/.test(definition) }).toEqual({ path, colonWithoutSpace: false });
    }
  });
});
