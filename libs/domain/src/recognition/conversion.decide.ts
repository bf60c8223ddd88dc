import { refusal } from '../refusals';
import { requireParty, signerOf } from '../agreement/agreement.actor';
import { schemeKey } from '../credits/conversion-rule';
import { tryConvertToEcts } from '../credits/convert-credit';
import { invalid, notFound, ruleBroken } from '../errors';
import { ResolveConversion } from './recognition.commands';
import { RecognitionEvent } from './recognition.events';
import { requireTranscript } from './recognition.guards';
import { RecognitionState } from './recognition.state';

/** CTI-REC-3: a pending conversion is settled by a rule the school names, recorded with the result. */
export const resolveConversion = ({ data, metadata }: ResolveConversion, state: RecognitionState): RecognitionEvent[] => {
  const { content } = requireTranscript(state, data.mobilityId);
  const party = requireParty(metadata.actor, content, ['sending'], 'resolveConversion');
  const lines = [...(state.outcome?.components ?? []), ...(state.outcome?.unplanned ?? [])];
  const component = lines.find(({ code }) => code === data.componentCode);
  if (!component) throw notFound(refusal('notALine', data.componentCode), 'CTI-REC-3');
  if (component.conversion?.status !== 'pending') {
    throw ruleBroken('CTI-REC-3', refusal('noPendingConversion', component.code));
  }
  const { credit } = component.conversion;
  if (schemeKey(data.rule.scheme) !== schemeKey(credit.scheme)) {
    const said = refusal('ruleOtherScheme', data.rule.scheme, component.code, credit.scheme);
    throw invalid(said, 'CTI-REC-3', [{ field: 'rule.scheme', said }]);
  }
  const loads = data.hostFullLoad !== undefined ? { [credit.scheme]: data.hostFullLoad } : {};
  const conversion = tryConvertToEcts(credit, [data.rule], loads);
  if ('lacking' in conversion) {
    const said = conversion.lacking === 'rule' ? refusal('conversionLacksRule', conversion.scheme) : refusal('conversionLacksHostFullLoad', conversion.scheme);
    throw invalid(said, 'CTI-REC-3', [{ field: conversion.lacking === 'rule' ? 'rule.scheme' : 'hostFullLoad', said }]);
  }
  return [
    {
      type: 'ConversionResolved',
      data: { mobilityId: data.mobilityId, componentCode: component.code, conversion, party, by: signerOf(metadata.actor), at: metadata.now },
    },
  ];
};
