import { canonicalJson } from '../agreement/canonical-json';
import { notFound } from '../errors';
import { refusal } from '../refusals';
import { RemoveConversionRule, SetConversionRule } from './school.commands';
import { requireSchoolStaff } from './school.actor';
import { SchoolEvent } from './school.events';
import { SchoolState } from './school.state';
import { assertValidConversionRule } from './validate-conversion-rule';

/** CTI-REC-3: one rule per scheme; setting it again replaces it and keeps the previous one on the event. */
export const setConversionRule = ({ data, metadata }: SetConversionRule, state: SchoolState): SchoolEvent[] => {
  const by = requireSchoolStaff(metadata.actor, data.schoolId, state, 'set a conversion rule');
  assertValidConversionRule(data.rule);
  const previous = state.conversionRules[data.rule.scheme];
  if (previous && canonicalJson(previous) === canonicalJson(data.rule)) return [];
  return [
    {
      type: 'ConversionRuleSet',
      data: { schoolId: data.schoolId, rule: data.rule, ...(previous && { previous }), by, at: metadata.now },
    },
  ];
};

export const removeConversionRule = ({ data, metadata }: RemoveConversionRule, state: SchoolState): SchoolEvent[] => {
  const by = requireSchoolStaff(metadata.actor, data.schoolId, state, 'remove a conversion rule');
  const previous = state.conversionRules[data.scheme];
  if (!previous) throw notFound(refusal('schoolNoConversionRule', data.scheme), 'CTI-REC-3');
  return [{ type: 'ConversionRuleRemoved', data: { schoolId: data.schoolId, scheme: data.scheme, previous, by, at: metadata.now } }];
};
