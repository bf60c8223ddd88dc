import {
  AGREEMENT_EVENT_TYPES,
  AgreementEvent,
  AgreementState,
  RECOGNITION_EVENT_TYPES,
  RecognitionEvent,
  RecognitionState,
  evolveAgreement,
  evolveRecognition,
  initialAgreementState,
  initialRecognitionState,
  mobilityIdOf,
  mobilityIdOfRecognition,
} from '@app/domain';
import { type RecordedEvent, asDomainEvent } from '@app/event-store';
import { DocumentProjection } from '../projection';
import { AgreementFacts, agreementFactsOf } from './agreement-facts';

export const AGREEMENT_FACTS = 'agreement_facts';

/**
 * One mobility: its agreement and recognition streams folded by the domain, and the facts the
 * report reads. The states hold the student's names, email and birth date as stored, sealed
 * envelopes where the types say strings: no query answers with them, and the facts hold none.
 */
export type AgreementFactsDocument = {
  agreement: AgreementState;
  recognition?: RecognitionState;
  facts: AgreementFacts;
};

const mobilityOf = (streamId: string) => mobilityIdOf(streamId) ?? mobilityIdOfRecognition(streamId);

/**
 * Document per mobility id over `agreement-<id>` and `recognition-<id>`; query columns for the
 * cohort report. It folds the events as stored: the student's personal fields stay sealed in the
 * document, so an erasure needs nothing from it. Version 2: version 1 held them in clear.
 * Version 3: the facts say where the stay's dates come from (confirmed, declared, planned), count
 * automatic ECTS capped at the plan, and ECTS recognised beyond it by decision.
 */
export const agreementFactsProjection: DocumentProjection<AgreementFactsDocument> = {
  kind: 'documents',
  name: AGREEMENT_FACTS,
  version: 3,
  table: {
    name: AGREEMENT_FACTS,
    columns: { school: 'text', receiving: 'text', academic_year: 'text', student_id: 'text', status: 'text' },
    // The cohort report's outgoing and incoming agreements of a year (and EWP stats by school alone), its students' agreements.
    indexes: [['school', 'academic_year'], ['receiving', 'academic_year'], ['student_id']],
  },
  canHandle: [...AGREEMENT_EVENT_TYPES, ...RECOGNITION_EVENT_TYPES],
  keysOf: (event: RecordedEvent) => {
    const mobilityId = mobilityOf(event.streamId);
    return mobilityId ? [mobilityId] : [];
  },
  evolve(document, recorded) {
    const mobilityId = mobilityOf(recorded.streamId)!;
    let agreement = document?.agreement ?? initialAgreementState();
    let recognition = document?.recognition;
    if (mobilityIdOf(recorded.streamId)) agreement = evolveAgreement(agreement, asDomainEvent<AgreementEvent>(recorded));
    else recognition = evolveRecognition(recognition ?? initialRecognitionState(), asDomainEvent<RecognitionEvent>(recorded));
    return { agreement, ...(recognition && { recognition }), facts: agreementFactsOf(mobilityId, agreement, recognition) };
  },
  columnsOf: ({ facts }) => ({
    school: facts.sendingHeiId,
    receiving: facts.receivingHeiId,
    academic_year: facts.receivingAcademicYear,
    student_id: facts.studentId,
    status: facts.status,
  }),
};
