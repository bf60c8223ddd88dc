import { Language } from '../language';
import { refusal } from '../refusals';
import { ConversionGap, CreditConversion, recordedReason } from './convert-credit';

const GAPS: readonly ConversionGap['lacking'][] = ['rule', 'host-full-load'];

/**
 * The gap a pending conversion recorded, read back from its reason: transcripts record one of
 * the sentences of `recordedReason` for the credit's scheme, so the match is exact. A reason
 * of any other wording gives none.
 */
export const conversionGapOf = (conversion: Extract<CreditConversion, { status: 'pending' }>): ConversionGap | undefined =>
  GAPS.map((lacking) => ({ lacking, scheme: conversion.credit.scheme })).find((gap) => recordedReason(gap) === conversion.reason);

/**
 * The conversion with its pending reason said in `language`, in the words the refusal of a
 * rule lacking the same uses (CTI-REC-3); the event keeps the English it recorded. A converted
 * credit, or a reason the ledger cannot read back, is returned as recorded.
 */
export const conversionSaidIn = (conversion: CreditConversion, language: Language): CreditConversion => {
  if (conversion.status !== 'pending') return conversion;
  const gap = conversionGapOf(conversion);
  if (!gap) return conversion;
  const said = gap.lacking === 'rule' ? refusal('conversionLacksRule', gap.scheme) : refusal('conversionLacksHostFullLoad', gap.scheme);
  return { ...conversion, reason: `CTI-REC-3: ${said[language]}` };
};
