import { canonicalJson } from '../agreement/canonical-json';
import { ConfigureStudyRegulations } from './school.commands';
import { requireSchoolStaff } from './school.actor';
import { SchoolEvent } from './school.events';
import { SchoolState } from './school.state';
import { assertValidRegulations } from './validate-regulations';

/** Configuring the same settings again changes nothing, so the history holds real changes only. */
export const configureStudyRegulations = (
  { data, metadata }: ConfigureStudyRegulations,
  state: SchoolState,
): SchoolEvent[] => {
  const by = requireSchoolStaff(metadata.actor, data.schoolId, state, 'configure the study regulations');
  assertValidRegulations(data.regulations);
  const { minimumWeeksAbroad, lowCarbonTravel, preparatoryCycleCounts, partnershipCheck, surveyDuringStay } = data.regulations;
  const regulations = {
    minimumWeeksAbroad: { student: minimumWeeksAbroad.student, apprentice: minimumWeeksAbroad.apprentice },
    lowCarbonTravel: { counts: lowCarbonTravel.counts, maxDays: lowCarbonTravel.maxDays },
    preparatoryCycleCounts,
    // Absent rather than false, so that settings configured before the option compare equal.
    ...(partnershipCheck && { partnershipCheck }),
    ...(surveyDuringStay && { surveyDuringStay }),
  };
  if (state.configured && canonicalJson(regulations) === canonicalJson(state.regulations)) return [];
  return [
    {
      type: 'StudyRegulationsConfigured',
      data: { schoolId: data.schoolId, regulations, previous: state.regulations, by, at: metadata.now },
    },
  ];
};
