import { CreditConversion, Language, RecognitionState, conversionSaidIn } from '@app/domain';

/**
 * The recognition as the reader reads it: each pending conversion's reason in their language.
 * The events keep the English sentence they recorded; only the answer is said again.
 */
export const recognitionSaidIn = <State extends RecognitionState>(state: State, language: Language): State => {
  if (!state.outcome) return state;
  const said = <Line extends { conversion?: CreditConversion }>(line: Line): Line =>
    line.conversion ? { ...line, conversion: conversionSaidIn(line.conversion, language) } : line;
  const { components, unplanned } = state.outcome;
  return { ...state, outcome: { ...state.outcome, components: components.map(said), ...(unplanned && { unplanned: unplanned.map(said) }) } };
};
