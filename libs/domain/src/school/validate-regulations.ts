import { invalid, ruleBroken } from '../errors';
import { APPRENTICE_MINIMUM_WEEKS, StudyRegulations } from './study-regulations';

const isWhole = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value);

/** Refuses settings the CTI text does not allow, each with the rule it breaks. */
export const assertValidRegulations = (regulations: StudyRegulations): void => {
  const { minimumWeeksAbroad, lowCarbonTravel, preparatoryCycleCounts } = regulations ?? {};
  if (!isWhole(minimumWeeksAbroad?.student) || !isWhole(minimumWeeksAbroad?.apprentice)) {
    throw invalid('minimumWeeksAbroad.student and .apprentice must be whole weeks', 'SCHOOL-SETTINGS');
  }
  // The stay is mandatory: a minimum of zero would make it optional.
  if (minimumWeeksAbroad.student < 1) {
    throw ruleBroken('CTI-MOB-1', 'a stay abroad is mandatory: the students’ minimum must be at least one week');
  }
  if (minimumWeeksAbroad.apprentice < APPRENTICE_MINIMUM_WEEKS) {
    throw ruleBroken(
      'CTI-MOB-5',
      `apprentices spend at least ${APPRENTICE_MINIMUM_WEEKS} weeks abroad; ${minimumWeeksAbroad.apprentice} is below it`,
    );
  }
  if (typeof lowCarbonTravel?.counts !== 'boolean' || !isWhole(lowCarbonTravel.maxDays) || lowCarbonTravel.maxDays < 0) {
    throw invalid('lowCarbonTravel needs counts (true or false) and maxDays (whole days, 0 or more)', 'CTI-MOB-8');
  }
  if (regulations.partnershipCheck !== undefined && typeof regulations.partnershipCheck !== 'boolean') {
    throw invalid('partnershipCheck must be true or false', 'SCHOOL-SETTINGS');
  }
  if (regulations.surveyDuringStay !== undefined && typeof regulations.surveyDuringStay !== 'boolean') {
    throw invalid('surveyDuringStay must be true or false', 'SCHOOL-SETTINGS');
  }
  if (typeof preparatoryCycleCounts !== 'boolean') {
    throw invalid('preparatoryCycleCounts must be true or false', 'CTI-MOB-1');
  }
};
