import { DoubleDegreeMention } from './double-degree';
import { RecognitionState, RecognitionStatus } from './recognition.state';

export type DiplomaSupplementComponent = { code: string; title: string; ects?: string; localGrade?: string; homeGrade?: string };

/**
 * CTI-REC-4: the mobility as the diploma supplement mentions it: where, when, the ECTS
 * recognised, and (CTI-DD-1) the double degree, which appears here and never in the title
 * of the French diploma, so the entry has no title field to put it in.
 */
export type DiplomaSupplementEntry = {
  ruleId: 'CTI-REC-4';
  mobilityId: string;
  host: { heiId: string; organisationalUnit?: string };
  /** Actual departure and return when recorded, else the planned dates. */
  from: string;
  to: string;
  recognisedEcts: string;
  status: RecognitionStatus;
  components: DiplomaSupplementComponent[];
  doubleDegree?: DoubleDegreeMention;
};

/** The entry for a read endpoint listing a student's mobilities; undefined before any transcript. */
export const diplomaSupplementEntry = (state: RecognitionState): DiplomaSupplementEntry | undefined => {
  const { agreement, outcome, mobilityId } = state;
  if (!agreement || !outcome || !mobilityId) return undefined;
  const { content } = agreement;
  const { heiId, organisationalUnit } = content.receivingInstitution;
  return {
    ruleId: 'CTI-REC-4',
    mobilityId,
    host: { heiId, ...(organisationalUnit !== undefined && { organisationalUnit }) },
    from: agreement.departedOn ?? content.plannedStart,
    to: agreement.returnedOn ?? content.plannedEnd,
    recognisedEcts: state.recognisedEcts,
    status: state.status,
    components: outcome.components
      .filter(({ result }) => result === 'passed')
      .map(({ code, title, conversion, localGrade, grade }) => ({
        code,
        title,
        ...(conversion?.status === 'converted' && { ects: conversion.ects }),
        ...(localGrade !== undefined && { localGrade }),
        ...(grade && { homeGrade: grade.homeGrade }),
      })),
    ...(state.doubleDegree && { doubleDegree: state.doubleDegree }),
  };
};
