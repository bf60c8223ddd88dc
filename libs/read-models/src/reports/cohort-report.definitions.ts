import type { Language } from '@app/domain';
import { FRENCH_COHORT_REPORT_DEFINITIONS } from './cohort-report.definitions.fr';

/**
 * How each figure of the cohort report is computed, in the words an auditor checks it with:
 * written from cohort-report.ts, agreement-facts.ts and the cohort the query gathers
 * (get-cohort-report.query.ts), so change them together. Keyed by the figure's path in the
 * JSON report; a family of figures keyed by a value (derogations by reason) has one definition
 * at the family's path. A ratio names its numerator and denominator by path, so that a reader,
 * or a test, can redo the division.
 */
export type IndicatorDefinition = {
  /** The rule the figure answers, as in DOMAIN.md or the rule files; '' for the report's own context. */
  ruleId: string;
  definition: string;
  numerator?: string;
  denominator?: string;
};

const COHORT =
  'the students whose profile names the school and expects graduation at the end of the academic year, plus every student of an outgoing agreement of that year whatever their graduation year';
const OUTGOING = "agreements whose sending institution is the school and whose receiving academic year is the year reported, deleted drafts left out";
const STATUS = 'Students with a profile whose mobility status, evaluated on evaluatedOn, is';

export const COHORT_REPORT_DEFINITIONS = {
  school: { ruleId: '', definition: 'The sending school (SCHAC code) the report counts the students and outgoing agreements of.' },
  academicYear: { ruleId: '', definition: 'The academic year reported on: outgoing agreements whose receiving academic year it is, and the students graduating at its end.' },
  evaluatedOn: { ruleId: '', definition: "The day (the ledger's clock) every student's mobility status is evaluated on." },

  'students.total': { ruleId: '', definition: `Students of the cohort: ${COHORT}. Includes students without a profile.` },
  'students.withoutProfile': {
    ruleId: '',
    definition: 'Students of the cohort with no profile recorded: neither exemption nor track is known, so they get no status and are on neither side of the mobility rate.',
  },
  'students.exempt': {
    ruleId: 'CTI-MOB-2',
    definition: 'Students with a profile who are international students (foreign nationality, a foreign secondary diploma or one obtained abroad, came to France to study): exempt, and left out of both sides of the mobility rate.',
  },
  'students.nonExempt': {
    ruleId: 'CTI-MOB-2',
    definition: 'Students with a profile minus the exempt ones: the denominator of the mobility rate. Students with a derogation are counted in it.',
  },
  'students.byStatus.exempt': { ruleId: 'CTI-MOB-1', definition: `${STATUS} exempt (CTI-MOB-2), whatever their stays.` },
  'students.byStatus.fulfilled': {
    ruleId: 'CTI-MOB-1',
    definition: `${STATUS} fulfilled: the completed stays that count reach the minimum weeks of their track (study regulations; CTI-MOB-5 for apprentices), with or without a derogation. The numerator of the mobility rate.`,
  },
  'students.byStatus.in-progress': {
    ruleId: 'CTI-MOB-1',
    definition: `${STATUS} in-progress: no derogation, graduation year not over, completed, underway and planned stays together reach the minimum, one of them underway.`,
  },
  'students.byStatus.planned': {
    ruleId: 'CTI-MOB-1',
    definition: `${STATUS} planned: as in-progress, but no counted stay is underway yet.`,
  },
  'students.byStatus.at-risk': {
    ruleId: 'CTI-MOB-1',
    definition: `${STATUS} at-risk: no derogation, graduation year not over, some counted stay but short of the minimum even with the planned ones.`,
  },
  'students.byStatus.not-met': {
    ruleId: 'CTI-MOB-1',
    definition: `${STATUS} not-met: no derogation, and either the graduation year is over without the minimum completed or no stay that counts is completed, underway or planned.`,
  },
  'students.byStatus.derogation-granted': {
    ruleId: 'CTI-MOB-1',
    definition: `${STATUS} derogation-granted: a derogation is recorded and the minimum is not completed. In the mobility rate's denominator, not its numerator.`,
  },
  'students.mobilityRate': {
    ruleId: 'CTI-MOB-1',
    definition:
      'students.byStatus.fulfilled / students.nonExempt, rounded half-up to 4 decimal places; empty when students.nonExempt is 0. Numerator: non-exempt students whose completed stays reach the minimum. Denominator: students with a profile minus the exempt ones. Exempt students (CTI-MOB-2) are on neither side; students with a derogation are in the denominator only (unless they also completed the minimum, then they are fulfilled); students without a profile are on neither side.',
    numerator: 'students.byStatus.fulfilled',
    denominator: 'students.nonExempt',
  },
  'students.derogationsByReason': {
    ruleId: 'MOB-STATUS',
    definition: "Students whose status is derogation-granted, by the reason recorded with the derogation (one figure per reason). They are in the mobility rate's denominator, not its numerator.",
  },

  'agreements.outgoing': { ruleId: 'CTI-LA-1', definition: `Outgoing learning agreements: ${OUTGOING}, in any status.` },
  'agreements.approved': { ruleId: 'CTI-LA-1', definition: 'Outgoing agreements whose version 1 is approved (signed by the student, the sending and the receiving institution).' },
  'agreements.departed': { ruleId: 'CTI-LA-1', definition: 'Outgoing agreements with a departure recorded.' },
  'agreements.signedByAllBeforeDeparture': {
    ruleId: 'CTI-LA-1',
    definition: 'Departed agreements whose version 1 is approved and that carry no CTI-LA-1 finding: the third signature came before the departure.',
  },
  'agreements.departedBeforeSignature': {
    ruleId: 'CTI-LA-1',
    definition: 'Departed agreements with a CTI-LA-1 finding: the departure was recorded before version 1 was approved (the finding stays once it is).',
  },
  'agreements.ewp.notModifiedAfterApproval': { ruleId: 'CTI-LA-3', definition: 'Outgoing agreements approved with no version after the first (EWP omobility-las stats).' },
  'agreements.ewp.modifiedAfterApproval': { ruleId: 'CTI-LA-3', definition: 'Outgoing agreements with at least one amendment approved (a version 2 or later).' },
  'agreements.ewp.latestVersionApproved': {
    ruleId: 'CTI-LA-3',
    definition: 'Outgoing agreements whose latest version is approved: approved, no amendment open, and the latest amendment, if any, approved.',
  },
  'agreements.ewp.latestVersionRejected': {
    ruleId: 'CTI-LA-3',
    definition: 'Outgoing agreements whose latest version was rejected: a draft an institution rejected and nobody edited since, or an approved agreement whose latest amendment was rejected.',
  },
  'agreements.ewp.latestVersionAwaiting': {
    ruleId: 'CTI-LA-3',
    definition: 'Outgoing agreements whose latest version awaits signatures: a draft (not a rejected one) or a draft being signed, or an amendment proposed.',
  },

  'credits.plannedEcts': {
    ruleId: 'CTI-LA-2',
    definition: 'Sum of the ECTS credits of table A (components studied abroad) in the version in force of every outgoing agreement, exact; an agreement not approved adds 0, a component without an ECTS credit is not counted.',
  },
  'credits.agreementsWithTranscript': { ruleId: 'CTI-REC-1', definition: 'Outgoing agreements with a transcript of records recorded.' },
  'credits.plannedEctsWithTranscript': {
    ruleId: 'CTI-REC-1',
    definition: 'credits.plannedEcts of the agreements with a transcript only, to compare with credits.recognisedEcts.',
  },
  'credits.recognisedEcts': {
    ruleId: 'CTI-REC-1',
    definition: 'ECTS recognised on the agreements with a transcript: passed components converted to ECTS (CTI-REC-3), each at most its planned ECTS, plus the ECTS the sending institution decided to recognise beyond the plan (REC-EXCESS), plus the ECTS obtained by remedies that succeeded (CTI-REC-5).',
  },
  'credits.automaticEcts': {
    ruleId: 'CTI-REC-1',
    definition: 'ECTS of the passed components alone, converted to ECTS (CTI-REC-3), each at most the ECTS the agreement planned for it: recognised automatically on return, without remedy or decision.',
  },
  'credits.recognisedBeyondPlanEcts': {
    ruleId: 'REC-EXCESS',
    definition: 'ECTS the sending institution decided to recognise beyond the agreement: credits obtained above a component\'s plan and unplanned extras. Only these lift credits.recognisedEcts above what the agreement planned.',
  },
  'credits.automaticShare': {
    ruleId: 'CTI-REC-1',
    definition: 'credits.automaticEcts / credits.recognisedEcts, rounded half-up to 4 decimal places; empty when nothing is recognised.',
    numerator: 'credits.automaticEcts',
    denominator: 'credits.recognisedEcts',
  },
  'credits.failedComponents': { ruleId: 'CTI-REC-5', definition: 'Components of the recorded transcripts failed, not taken or missing.' },
  'credits.remedied': { ruleId: 'CTI-REC-5', definition: 'Of the failed components, those with a remedy recorded (open or closed, whatever its outcome).' },

  'stays.lengthenedCurriculum': {
    ruleId: '',
    definition: "Outgoing agreements whose stay lengthened the curriculum: the return was recorded after the planned end, or an approved amendment inserted a component for the reason 'extending-mobility'.",
  },
  'stays.individual': { ruleId: 'CTI-MOB-3', definition: 'Outgoing agreements whose content says an individual stay, approved or not.' },
  'stays.group': { ruleId: 'CTI-MOB-3', definition: 'Outgoing agreements whose content says a group stay, approved or not: such a stay never counts toward the mobility requirement.' },
  'stays.lowCarbonTravel.stays': { ruleId: 'CTI-MOB-8', definition: "Outgoing agreements whose stay has low-carbon travel days recorded in the student's record." },
  'stays.lowCarbonTravel.daysRecorded': { ruleId: 'CTI-MOB-8', definition: 'Low-carbon travel days recorded for those stays.' },
  'stays.lowCarbonTravel.daysCounted': {
    ruleId: 'CTI-MOB-8',
    definition: "Of the days recorded, those the study regulations of the student's school let count in the length of the stay (counted or not, and up to how many days); none for a student without a profile.",
  },

  'incoming.agreements': {
    ruleId: 'CTI-IN-1',
    definition: 'Agreements whose receiving institution is the school, of the academic year, deleted drafts left out: never part of the figures above.',
  },
  'incoming.approved': { ruleId: 'CTI-IN-1', definition: 'Incoming agreements whose version 1 is approved.' },
  'incoming.students': { ruleId: 'CTI-IN-1', definition: 'Distinct students of the incoming agreements.' },

  'surveys.mid-stay.invited': {
    ruleId: 'CTI-MOB-9',
    definition: `Outgoing agreements whose student was asked the participants' survey during the stay: departed, when the study regulations ask it during the stay (surveyDuringStay); any that answered it then counts as asked. Of the ${OUTGOING}.`,
  },
  'surveys.mid-stay.answered': { ruleId: 'CTI-MOB-9', definition: 'Of the outgoing agreements, those whose student answered the survey during the stay (once each, SURVEY-ONCE).' },
  'surveys.mid-stay.responseRate': {
    ruleId: 'CTI-MOB-9',
    definition: 'surveys.mid-stay.answered / surveys.mid-stay.invited, 4 decimal places; empty when no one was asked.',
  },
  'surveys.mid-stay.satisfaction': {
    ruleId: 'CTI-MOB-9',
    definition: "Mean of the ratings (1: not at all satisfied, 5: fully) given during the stay, one figure per rating question of the school's survey (by its id: those in force, and older ones answered), 2 decimal places; empty without any rating. Free-text answers are never counted, and an erased student's answer counts as answered without ratings.",
  },
  'surveys.after-return.invited': {
    ruleId: 'CTI-MOB-9',
    definition: `Outgoing agreements whose student was asked the participants' survey after the return: returned (declared or confirmed by the host); any that answered it then counts as asked. Of the ${OUTGOING}.`,
  },
  'surveys.after-return.answered': { ruleId: 'CTI-MOB-9', definition: 'Of the outgoing agreements, those whose student answered the survey after the return (once each, SURVEY-ONCE).' },
  'surveys.after-return.responseRate': {
    ruleId: 'CTI-MOB-9',
    definition: 'surveys.after-return.answered / surveys.after-return.invited, 4 decimal places; empty when no one was asked.',
  },
  'surveys.after-return.satisfaction': {
    ruleId: 'CTI-MOB-9',
    definition: "Mean of the ratings (1: not at all satisfied, 5: fully) given after the return, one figure per rating question of the school's survey (by its id: those in force, and older ones answered), 2 decimal places; empty without any rating. Free-text answers are never counted, and an erased student's answer counts as answered without ratings.",
  },
  'surveys.byPartner': {
    ruleId: 'CTI-MOB-9',
    definition: 'The survey figures above (asked, answered, response rate, mean of each rating question, during the stay and after the return) for the outgoing agreements with one receiving partner (SCHAC code), one set per partner.',
  },
} as const satisfies Record<string, IndicatorDefinition>;

export type CohortReportDefinitions = Record<keyof typeof COHORT_REPORT_DEFINITIONS, IndicatorDefinition>;
export type IndicatorPath = keyof typeof COHORT_REPORT_DEFINITIONS;

const DEFINITIONS_IN: Record<Exclude<Language, 'en'>, Record<IndicatorPath, string>> = { fr: FRENCH_COHORT_REPORT_DEFINITIONS };

/**
 * The definitions in the reader's language: the English ones are those above, the French ones
 * cohort-report.definitions.fr.ts; the rule, the numerator and the denominator are the same.
 */
export const cohortReportDefinitions = (language: Language): CohortReportDefinitions =>
  language === 'en'
    ? COHORT_REPORT_DEFINITIONS
    : (Object.fromEntries(
        Object.entries(COHORT_REPORT_DEFINITIONS).map(([path, definition]) => [path, { ...definition, definition: DEFINITIONS_IN[language][path as IndicatorPath] }]),
      ) as CohortReportDefinitions);
