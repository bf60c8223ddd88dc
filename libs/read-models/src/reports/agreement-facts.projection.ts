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
  redactStudent,
  StudentDataErased,
} from '@app/domain';
import { type RecordedEvent, asDomainEvent } from '@app/event-store';
import { DocumentProjection } from '../projection';
import { AgreementFacts, agreementFactsOf } from './agreement-facts';

export const AGREEMENT_FACTS = 'agreement_facts';

/** One mobility: its agreement and recognition streams folded by the domain, and the facts the report reads. */
export type AgreementFactsDocument = {
  agreement: AgreementState;
  recognition?: RecognitionState;
  facts: AgreementFacts;
};

const mobilityOf = (streamId: string) => mobilityIdOf(streamId) ?? mobilityIdOfRecognition(streamId);

/** Document per mobility id over `agreement-<id>` and `recognition-<id>`; query columns for the cohort report. */
export const agreementFactsProjection: DocumentProjection<AgreementFactsDocument> = {
  kind: 'documents',
  name: AGREEMENT_FACTS,
  version: 1,
  table: {
    name: AGREEMENT_FACTS,
    columns: { school: 'text', receiving: 'text', academic_year: 'text', student_id: 'text', status: 'text' },
  },
  canHandle: [...AGREEMENT_EVENT_TYPES, ...RECOGNITION_EVENT_TYPES, 'StudentDataErased'],
  keysOf: (event: RecordedEvent) => {
    if (event.type === 'StudentDataErased') return asDomainEvent<StudentDataErased>(event).data.mobilityIds ?? [];
    const mobilityId = mobilityOf(event.streamId);
    return mobilityId ? [mobilityId] : [];
  },
  evolve(document, recorded) {
    // The document copied the student's fields when they were readable: blank them as the store now reads them.
    if (recorded.type === 'StudentDataErased') {
      return document ? redactStudent(document, asDomainEvent<StudentDataErased>(recorded).data.studentId) : null;
    }
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
