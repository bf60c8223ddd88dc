import { FieldRefusal, forbidden, invalid, ruleBroken } from '../errors';
import { problemsTogether } from '../problems-together';
import { refusal, Said } from '../refusals';
import { Party, requireParty, signerOf } from './agreement.actor';
import { AgreementContent } from './agreement.content';
import { RecordMinorChange } from './agreement.commands';
import { AgreementEvent } from './agreement.events';
import { requireAgreement } from './agreement.guards';
import { AgreementState, versionInForce } from './agreement.state';
import { academicTermOf, sameTerm } from './academic-term';
import { canonicalJson } from './canonical-json';
import { MINOR_FIELD_NAMES, MinorFields, applyMinorFields, contentInEffect, minorFieldsOf } from './minor-changes';
import { isEmail } from './email';
import { isIsoDate } from './iso-date';

/** Each institution changes its own contact person; either changes the dates. */
const WHO_CHANGES: Record<keyof MinorFields, readonly Party[]> = {
  plannedStart: ['sending', 'receiving'],
  plannedEnd: ['sending', 'receiving'],
  sendingContactPerson: ['sending'],
  receivingContactPerson: ['receiving'],
};

/** Only the fields changed are checked: a rule added since the version was signed does not block its minor changes. */
const minorFieldProblems = (after: AgreementContent, given: readonly (keyof MinorFields)[]): FieldRefusal[] => {
  const problems: FieldRefusal[] = [];
  const of = (field: string, said: Said) => problems.push({ field: `changes.${field}`, said });
  if (given.includes('plannedStart') || given.includes('plannedEnd')) {
    if (!isIsoDate(after.plannedStart) || !isIsoDate(after.plannedEnd)) of(isIsoDate(after.plannedStart) ? 'plannedEnd' : 'plannedStart', refusal('contentDatesNotIso'));
    else if (after.plannedEnd < after.plannedStart) of('plannedEnd', refusal('contentEndBeforeStart', after.plannedEnd, after.plannedStart));
  }
  const contacts = { sendingContactPerson: after.sendingInstitution.contactPerson, receivingContactPerson: after.receivingInstitution.contactPerson };
  for (const field of ['sendingContactPerson', 'receivingContactPerson'] as const) {
    const contact = contacts[field];
    if (given.includes(field) && (!contact?.name?.trim() || !isEmail(contact.email))) of(field, refusal('minorContactIncomplete', field));
  }
  return problems;
};

/**
 * LA-MINOR: a change that does not alter what was signed (field-classes.ts) is recorded under
 * the signatures of the version in force, which stays as signed, with a note. The dates stay in
 * the academic term of the version signed, however many minor changes follow one another.
 */
export const recordMinorChange = ({ data, metadata }: RecordMinorChange, state: AgreementState): AgreementEvent[] => {
  const { content: signedOrDraft } = requireAgreement(state, data.mobilityId);
  const party = requireParty(metadata.actor, signedOrDraft, ['sending', 'receiving'], 'recordMinorChange');
  const inForce = versionInForce(state);
  if (!inForce) throw ruleBroken('LA-MINOR', refusal('noVersionForMinor'));
  if (state.proposal) {
    throw ruleBroken('CTI-LA-3', refusal('proposalBlocksMinor', state.proposal.number));
  }
  // A field given as null names no change: only a value is a change.
  const given = MINOR_FIELD_NAMES.filter((field) => data.changes?.[field] != null);
  if (given.length === 0) throw invalid(refusal('minorNamesAField', MINOR_FIELD_NAMES), 'LA-MINOR');
  const notTheirs = given.filter((field) => !WHO_CHANGES[field].includes(party));
  if (notTheirs.length > 0) {
    throw forbidden(refusal('minorNotTheirs', party, notTheirs, notTheirs.map((f) => WHO_CHANGES[f])), 'LA-PARTY');
  }
  const note = data.note?.trim();
  if (!note) throw invalid(refusal('minorNeedsNote'), 'LA-MINOR');
  const before = contentInEffect(state)!;
  const after = applyMinorFields(before, data.changes);
  const problems = minorFieldProblems(after, given);
  if (problems.length > 0) throw invalid(problemsTogether(problems, (words, said) => words.malformedMinorChange(said)), 'LA-CONTENT', problems);
  for (const field of ['plannedStart', 'plannedEnd'] as const) {
    const signedTerm = academicTermOf(inForce.content[field], inForce.content);
    const newTerm = academicTermOf(after[field], inForce.content);
    if (!sameTerm(signedTerm, newTerm)) {
      throw ruleBroken('LA-MINOR', refusal('minorOtherTerm', field, after[field], newTerm, inForce.number, signedTerm));
    }
  }
  const previousFields = minorFieldsOf(before);
  const changes = Object.fromEntries(given.map((field) => [field, data.changes[field]])) as MinorFields;
  const previous = Object.fromEntries(given.flatMap((field) => (previousFields[field] === undefined ? [] : [[field, previousFields[field]]]))) as MinorFields;
  if (given.every((field) => previous[field] !== undefined && canonicalJson(changes[field]) === canonicalJson(previous[field]))) {
    throw invalid(refusal('minorLeavesAsIs'), 'LA-MINOR');
  }
  return [
    {
      type: 'MinorChangeRecorded',
      data: { mobilityId: data.mobilityId, version: inForce.number, changes, previous, note, party, by: signerOf(metadata.actor), at: metadata.now },
    },
  ];
};
