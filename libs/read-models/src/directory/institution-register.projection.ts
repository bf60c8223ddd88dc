import {
  AGREEMENT_EVENT_TYPES,
  INSTITUTION_EVENT_TYPES,
  InstitutionRecorded,
  PARTNERSHIP_EVENT_TYPES,
  PartnershipEvent,
  countryOfHeiId,
  institutionIdOf,
  isSchacCode,
} from '@app/domain';
import { type RecordedEvent, asDomainEvent } from '@app/event-store';
import { RowOperation, RowProjection, upsert } from '../projection';

export const INSTITUTION_REGISTER = 'institution_register';

/**
 * One row per institution and source: `register` (an admin's record), `partner:<school>` (the
 * partner a school recorded, with the name and country it gave), `iia` and `agreement` (named
 * by an IIA or an agreement, EWP imports included: EWP documents carry only the SCHAC code, so
 * the country is what the code tells). Each source writes its own row, so the rows do not depend
 * on the order of streams, and the reader picks the most trusted name (see institution-entry.ts).
 */
export const institutionRegisterProjection: RowProjection = {
  kind: 'rows',
  name: INSTITUTION_REGISTER,
  version: 1,
  tables: [
    {
      name: INSTITUTION_REGISTER,
      primaryKey: ['hei_id', 'source'],
      columns: { hei_id: 'text', source: 'text', name: 'text', country: 'text' },
    },
  ],
  canHandle: [...INSTITUTION_EVENT_TYPES, ...PARTNERSHIP_EVENT_TYPES, ...AGREEMENT_EVENT_TYPES],
  apply(recorded: RecordedEvent): readonly RowOperation[] {
    if (institutionIdOf(recorded.streamId)) {
      const { heiId, name, country } = asDomainEvent<InstitutionRecorded>(recorded).data;
      return [row(heiId, 'register', name, country)];
    }
    if (recorded.streamId.startsWith('partnership-')) return partnershipRows(asDomainEvent<PartnershipEvent>(recorded));
    return agreementRows(recorded.data as { content?: AgreementInstitutions });
  },
};

type AgreementInstitutions = { sendingInstitution?: { heiId?: unknown }; receivingInstitution?: { heiId?: unknown } };

const row = (heiId: string, source: string, name: string | null, country: string | null): RowOperation =>
  upsert(INSTITUTION_REGISTER, { hei_id: heiId, source, name, country });

/** Known by its code alone: the country its domain tells, if any. */
const seen = (heiId: unknown, source: 'iia' | 'agreement'): RowOperation[] =>
  typeof heiId === 'string' && isSchacCode(heiId) ? [row(heiId, source, null, countryOfHeiId(heiId) ?? null)] : [];

function partnershipRows(event: PartnershipEvent): RowOperation[] {
  switch (event.type) {
    case 'PartnerRecorded': {
      const { schoolId, partner } = event.data;
      if (partner.kind !== 'institution') return [];
      return [row(partner.id, `partner:${schoolId}`, partner.name ?? null, partner.country ?? countryOfHeiId(partner.id) ?? null)];
    }
    case 'IiaRecorded':
    case 'IiaRevised':
      return event.data.iia.partners.flatMap(({ heiId }) => seen(heiId, 'iia'));
    default:
      return [];
  }
}

/** Only the events that carry a whole content name the institutions; the others change nothing here. */
const agreementRows = (data: { content?: AgreementInstitutions }): RowOperation[] =>
  data.content ? [...seen(data.content.sendingInstitution?.heiId, 'agreement'), ...seen(data.content.receivingInstitution?.heiId, 'agreement')] : [];
