import { Actor, Signer, signerOf } from '../agreement/agreement.actor';
import { forbidden, invalid } from '../errors';
import { refusal } from '../refusals';
import { RecordInstitution } from './institution.commands';
import { InstitutionEvent } from './institution.events';
import { InstitutionState } from './institution.state';
import { assertValidInstitution } from './validate-institution';

const requireAdmin = (actor: Actor): Signer => {
  if (actor?.role !== 'admin') throw forbidden(refusal('institutionAdminOnly', String(actor?.role), String(actor?.id)), 'INSTITUTION-ADMIN');
  return signerOf(actor);
};

/** The same name and country again change nothing; a correction keeps what it replaced. */
export const recordInstitution = ({ data, metadata }: RecordInstitution, state: InstitutionState): InstitutionEvent[] => {
  const by = requireAdmin(metadata.actor);
  const { heiId, name, country } = data;
  assertValidInstitution({ heiId, name, country });
  if (state.recorded && state.recorded.heiId !== heiId) {
    throw invalid(refusal('otherInstitution', heiId, state.recorded.heiId), 'INSTITUTION-CONTENT');
  }
  const previous = state.recorded;
  if (previous && previous.name === name && previous.country === country) return [];
  return [
    {
      type: 'InstitutionRecorded',
      data: { heiId, name, country, ...(previous && { previous: { name: previous.name, country: previous.country } }), by, at: metadata.now },
    },
  ];
};
