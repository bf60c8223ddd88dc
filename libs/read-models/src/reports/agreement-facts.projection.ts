import {
  AgreementEvent,
  AgreementEventType,
  AgreementState,
  RecognitionEvent,
  RecognitionEventType,
  RecognitionState,
  evolveAgreement,
  evolveRecognition,
  initialAgreementState,
  initialRecognitionState,
  mobilityIdOf,
  mobilityIdOfRecognition,
} from '@app/domain';
import type { RecordedEvent } from '@app/event-store';
import { DocumentProjection } from '../projection';
import { AgreementFacts, agreementFactsOf } from './agreement-facts';

export const AGREEMENT_FACTS = 'agreement_facts';

const AGREEMENT_EVENTS: readonly AgreementEventType[] = [
  'AgreementDrafted',
  'DraftEdited',
  'DraftDeleted',
  'AgreementSigned',
  'AgreementRejected',
  'AgreementApproved',
  'AmendmentProposed',
  'AmendmentSigned',
  'AmendmentRejected',
  'AmendmentApproved',
  'DepartureRecorded',
  'ReturnRecorded',
];
const RECOGNITION_EVENTS: readonly RecognitionEventType[] = [
  'TranscriptRecorded',
  'CreditsRecognised',
  'ConversionResolved',
  'RemedyRecorded',
  'RemedyClosed',
  'HomeUnitDecided',
];

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
  canHandle: [...AGREEMENT_EVENTS, ...RECOGNITION_EVENTS],
  keysOf: (event: RecordedEvent) => {
    const mobilityId = mobilityOf(event.streamId);
    return mobilityId ? [mobilityId] : [];
  },
  evolve(document, recorded) {
    const mobilityId = mobilityOf(recorded.streamId)!;
    let agreement = document?.agreement ?? initialAgreementState();
    let recognition = document?.recognition;
    const event = { type: recorded.type, data: recorded.data };
    if (mobilityIdOf(recorded.streamId)) agreement = evolveAgreement(agreement, event as AgreementEvent);
    else recognition = evolveRecognition(recognition ?? initialRecognitionState(), event as RecognitionEvent);
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
