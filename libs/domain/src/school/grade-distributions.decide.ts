import { canonicalJson } from '../agreement/canonical-json';
import { notFound } from '../errors';
import { refusal } from '../refusals';
import { RemoveGradeDistribution, SetGradeDistribution } from './school.commands';
import { requireSchoolStaff } from './school.actor';
import { SchoolEvent } from './school.events';
import { SchoolState } from './school.state';
import { assertValidGradeDistribution } from './validate-grade-distribution';

export const setGradeDistribution = ({ data, metadata }: SetGradeDistribution, state: SchoolState): SchoolEvent[] => {
  const by = requireSchoolStaff(metadata.actor, data.schoolId, state, 'set a grade distribution');
  assertValidGradeDistribution(data.distribution);
  const previous = state.gradeDistributions[data.distribution.iscedFCode];
  if (previous && canonicalJson(previous) === canonicalJson(data.distribution)) return [];
  return [{ type: 'GradeDistributionSet', data: { schoolId: data.schoolId, distribution: data.distribution, by, at: metadata.now } }];
};

export const removeGradeDistribution = ({ data, metadata }: RemoveGradeDistribution, state: SchoolState): SchoolEvent[] => {
  const by = requireSchoolStaff(metadata.actor, data.schoolId, state, 'remove a grade distribution');
  if (!state.gradeDistributions[data.iscedFCode]) {
    throw notFound(refusal('schoolNoGradeDistribution', data.iscedFCode), 'SCHOOL-SETTINGS');
  }
  return [{ type: 'GradeDistributionRemoved', data: { schoolId: data.schoolId, iscedFCode: data.iscedFCode, by, at: metadata.now } }];
};
