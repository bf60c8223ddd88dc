import { convertToEcts } from './convert-credit';
import { DEFAULT_CONVERSION_RULES } from './default-conversion-rules';
import { conversionGapOf, conversionSaidIn } from './pending-reason';

describe('the pending conversion said in the reader’s language (CTI-REC-3)', () => {
  const noRule = convertToEcts({ scheme: 'kr-credits', value: '3' }, []);
  const noFullLoad = convertToEcts({ scheme: 'au-credit-points', value: '6' }, DEFAULT_CONVERSION_RULES);

  it('reads the gap back from the reason a transcript recorded', () => {
    expect(noRule.status === 'pending' && conversionGapOf(noRule)).toEqual({ lacking: 'rule', scheme: 'kr-credits' });
    expect(noFullLoad.status === 'pending' && conversionGapOf(noFullLoad)).toEqual({ lacking: 'host-full-load', scheme: 'au-credit-points' });
  });

  it('says it in French with the words of the refusal, and in English as recorded', () => {
    expect(conversionSaidIn(noRule, 'fr')).toEqual({ ...noRule, reason: 'CTI-REC-3: aucune règle de conversion pour le système kr-credits' });
    expect(conversionSaidIn(noFullLoad, 'fr')).toMatchObject({ reason: 'CTI-REC-3: la charge à temps plein de l’hôte dans le système au-credit-points n’est pas connue' });
    expect(conversionSaidIn(noRule, 'en')).toEqual(noRule);
    expect(conversionSaidIn(noFullLoad, 'en')).toEqual(noFullLoad);
  });

  it('keeps a converted credit, and a reason of another wording, as recorded', () => {
    const converted = convertToEcts({ scheme: 'ects', value: '6' }, DEFAULT_CONVERSION_RULES);
    expect(conversionSaidIn(converted, 'fr')).toBe(converted);
    const other = { status: 'pending' as const, credit: { scheme: 'kr-credits', value: '3' }, reason: 'waiting for the board' };
    expect(conversionGapOf(other)).toBeUndefined();
    expect(conversionSaidIn(other, 'fr')).toBe(other);
  });
});
