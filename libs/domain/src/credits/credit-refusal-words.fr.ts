import { CeilingBasis, CreditRefusalWords } from './credit-refusal-words';

/** Credits are written with a decimal comma in French. */
const comma = (value: string) => value.replace('.', ',');

const BASIS: { [Kind in CeilingBasis['kind']]: (basis: Extract<CeilingBasis, { kind: Kind }>) => string } = {
  'school-rule': ({ source }) => `60 ECTS selon la règle de l’école (${source})`,
  'host-full-load': ({ load }) => `60 ECTS pour la charge à temps plein de l’hôte, ${comma(load)}`,
  'academic-year': () => 'une année universitaire dans ce système',
};

/** Implausible credits in French. */
export const FRENCH_CREDIT_REFUSALS: CreditRefusalWords = {
  creditNotAboveZero: (value, scheme) => `${comma(value)} ${scheme} n’est pas supérieur à zéro`,
  creditAboveYear: (value, scheme, max, basis) =>
    `${comma(value)} ${scheme} dépasse ce qu’une composante peut compter : au plus ${comma(max)} (${BASIS[basis.kind](basis as never)})`,
  // The value is quoted as it was sent, so that the reader finds it in what they wrote.
  notADecimal: (value, places) => `"${value}" n’est pas un nombre décimal d’au plus ${places} décimales`,
  divisionByZero: (operation) => `${operation} : division par zéro`,
  notExact: (operation, places) => `${operation} ne tombe pas juste à ${places} décimales : dites comment l’arrondir`,
  roundingStepNotPositive: (step) => `le pas d’arrondi ${step} doit être positif`,
  conversionLacksRule: (scheme) => `aucune règle de conversion pour le système ${scheme}`,
  conversionLacksHostFullLoad: (scheme) => `la charge à temps plein de l’hôte dans le système ${scheme} n’est pas connue`,
};
