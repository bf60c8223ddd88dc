import { schemeKey } from '../credits/conversion-rule';
import { compareProducts, divideDecimals, sumDecimals } from '../credits/decimal';
import { ECTS_SCHEME } from '../credits/default-conversion-rules';
import { AgreementContent, Component } from './agreement.content';
import type { AgreementWarning } from './agreement-warnings';
import { WarningWords } from './warning-words';
import { ENGLISH_WARNINGS } from './warning-words.en';

/**
 * A full-time term is 60 ECTS divided by the terms of the year (ECTS Users' Guide 2015,
 * section 3.1: 60 a year, 30 a semester). A term is flagged below two thirds or above four
 * thirds of that: 20 to 40 ECTS for a semester (`of` 2), about 13.3 to 26.7 for a trimester
 * (`of` 3), 40 to 80 for a whole year (`of` 1). Coordinators accept a light or a heavy term
 * for good reasons, so it is shown, never refused.
 */
const LOW_PER_YEAR = '40';
const HIGH_PER_YEAR = '80';

/** Only study stays carry a full load; a traineeship, a doctoral or a blended stay may rightly count a few ECTS. */
const FULL_LOAD_MOBILITIES: readonly AgreementContent['mobilityType'][] = ['semester'];

const ectsOf = (component: Component): string | undefined =>
  component.credits?.find(({ scheme }) => schemeKey(scheme) === ECTS_SCHEME)?.value;

const bound = (perYear: string, of: number): string => divideDecimals(perYear, String(of), { mode: 'half-up', step: '0.1' });

/**
 * LA-TERM-CREDITS: table A's ECTS per term (EWP term-id), against a full load for that term.
 * A component without a term, or a term with a component not in ECTS, is left out: its load
 * is not known before the conversion of the recognition (CTI-REC-3).
 */
export const termCreditWarnings = (content: AgreementContent, said: WarningWords = ENGLISH_WARNINGS): AgreementWarning[] => {
  if (!FULL_LOAD_MOBILITIES.includes(content.mobilityType)) return [];
  const terms = new Map<string, { number: number; of: number; components: Component[] }>();
  for (const component of content.studiedAbroad ?? []) {
    if (!component.term) continue;
    const key = `${component.term.number}/${component.term.of}`;
    const term = terms.get(key) ?? { ...component.term, components: [] };
    terms.set(key, { ...term, components: [...term.components, component] });
  }
  return [...terms.entries()].flatMap(([key, { number, of, components }]) => {
    const credits = components.map(ectsOf);
    if (credits.some((value) => value === undefined)) return [];
    const total = sumDecimals(credits as string[]);
    const low = compareProducts(total, String(of), LOW_PER_YEAR, '1') < 0;
    const high = compareProducts(total, String(of), HIGH_PER_YEAR, '1') > 0;
    if (!low && !high) return [];
    return [
      {
        ruleId: 'LA-TERM-CREDITS',
        field: `studiedAbroad.term(${key})`,
        detail: said.termCredits({ number, of, total, low, from: bound(LOW_PER_YEAR, of), to: bound(HIGH_PER_YEAR, of) }),
      },
    ];
  });
};
