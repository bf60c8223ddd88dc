import { FieldRefusal, invalid, ruleBroken } from '../errors';
import { refusal, Said } from '../refusals';
import { APPRENTICE_MINIMUM_WEEKS, StudyRegulations } from './study-regulations';

const isWhole = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value);

/** Each refusal names the settings at fault by their path in the body, so that a form says it beside them. */
const at = (said: Said, fields: readonly string[]): FieldRefusal[] => fields.map((field) => ({ field, said }));

const TRUE_OR_FALSE = [
  ['partnershipCheck', 'SCHOOL-SETTINGS', true],
  ['surveyDuringStay', 'SCHOOL-SETTINGS', true],
  ['preparatoryCycleCounts', 'CTI-MOB-1', false],
] as const;

/** Refuses settings the CTI text does not allow, each with the rule it breaks. */
export const assertValidRegulations = (regulations: StudyRegulations): void => {
  const { minimumWeeksAbroad, lowCarbonTravel } = regulations ?? {};
  const notWhole = (['student', 'apprentice'] as const).filter((track) => !isWhole(minimumWeeksAbroad?.[track]));
  if (notWhole.length > 0) {
    const said = refusal('schoolWholeWeeks');
    throw invalid(said, 'SCHOOL-SETTINGS', at(said, notWhole.map((track) => `minimumWeeksAbroad.${track}`)));
  }
  // The stay is mandatory: a minimum of zero would make it optional.
  if (minimumWeeksAbroad.student < 1) {
    const said = refusal('schoolStayMandatory');
    throw ruleBroken('CTI-MOB-1', said, at(said, ['minimumWeeksAbroad.student']));
  }
  if (minimumWeeksAbroad.apprentice < APPRENTICE_MINIMUM_WEEKS) {
    const said = refusal('schoolApprenticeMinimum', APPRENTICE_MINIMUM_WEEKS, minimumWeeksAbroad.apprentice);
    throw ruleBroken('CTI-MOB-5', said, at(said, ['minimumWeeksAbroad.apprentice']));
  }
  const countsWrong = typeof lowCarbonTravel?.counts !== 'boolean';
  const maxDaysWrong = !isWhole(lowCarbonTravel?.maxDays) || lowCarbonTravel.maxDays < 0;
  if (countsWrong || maxDaysWrong) {
    const said = refusal('schoolLowCarbonTravel');
    const fields = [...(countsWrong ? ['lowCarbonTravel.counts'] : []), ...(maxDaysWrong ? ['lowCarbonTravel.maxDays'] : [])];
    throw invalid(said, 'CTI-MOB-8', at(said, fields));
  }
  // The two options may be absent (settings configured before them); the preparatory cycle may not.
  for (const [setting, ruleId, optional] of TRUE_OR_FALSE) {
    const value = regulations[setting];
    if ((optional && value === undefined) || typeof value === 'boolean') continue;
    const said = refusal('schoolTrueOrFalse', setting);
    throw invalid(said, ruleId, at(said, [setting]));
  }
};
