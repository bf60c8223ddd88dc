import { AGREEMENT_EVENT_TYPES, AgreementEvent, AgreementState, evolveAgreement, initialAgreementState, mobilityIdOf } from '@app/domain';
import { type RecordedEvent, asDomainEvent } from '@app/event-store';
import { DocumentProjection, Row } from '../projection';
import { entryOf } from './directory-entry';

export const AGREEMENT_DIRECTORY = 'agreement_directory';

/**
 * One document per agreement: its state folded by the domain, as stored (the student's personal
 * fields sealed), and its list entry in a column of its own, so that a list reads small rows
 * found through the indexes and never folds the log. The entry column is null until the agreement
 * has content.
 */
export const agreementDirectoryProjection: DocumentProjection<AgreementState> = {
  kind: 'documents',
  name: AGREEMENT_DIRECTORY,
  version: 1,
  table: {
    name: AGREEMENT_DIRECTORY,
    columns: { student_id: 'text', sending: 'text', receiving: 'text', academic_year: 'text', status: 'text', entry: 'text' },
    indexes: [['student_id'], ['sending'], ['receiving'], ['academic_year']],
  },
  canHandle: AGREEMENT_EVENT_TYPES,
  keysOf: (event: RecordedEvent) => {
    const mobilityId = mobilityIdOf(event.streamId);
    return mobilityId ? [mobilityId] : [];
  },
  evolve: (state, recorded) => evolveAgreement(state ?? initialAgreementState(), asDomainEvent<AgreementEvent>(recorded)),
  columnsOf: (state): Row => {
    const entry = entryOf(state);
    if (!entry) return {};
    return {
      student_id: entry.student.accountId,
      sending: entry.sendingInstitution,
      receiving: entry.receivingInstitution,
      academic_year: entry.receivingAcademicYear,
      status: entry.status,
      entry: JSON.stringify(entry),
    };
  },
};
