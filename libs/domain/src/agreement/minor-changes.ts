import { AgreementContent, ContactPerson } from './agreement.content';
import { AgreementState, versionInForce } from './agreement.state';

/**
 * The fields of the agreement a minor change may touch (see field-classes.ts for why these and
 * no others): the planned dates, within the academic term signed, and each institution's
 * contact person. Only the fields that change are given.
 */
export type MinorFields = {
  plannedStart?: string;
  plannedEnd?: string;
  sendingContactPerson?: ContactPerson;
  receivingContactPerson?: ContactPerson;
};

export const MINOR_FIELD_NAMES = ['plannedStart', 'plannedEnd', 'sendingContactPerson', 'receivingContactPerson'] as const;

/** The minor fields as a content holds them. */
export const minorFieldsOf = (content: AgreementContent): MinorFields => ({
  plannedStart: content.plannedStart,
  plannedEnd: content.plannedEnd,
  ...(content.sendingInstitution.contactPerson && { sendingContactPerson: content.sendingInstitution.contactPerson }),
  ...(content.receivingInstitution.contactPerson && { receivingContactPerson: content.receivingInstitution.contactPerson }),
});

export const applyMinorFields = (content: AgreementContent, fields: MinorFields): AgreementContent => ({
  ...content,
  ...(fields.plannedStart !== undefined && { plannedStart: fields.plannedStart }),
  ...(fields.plannedEnd !== undefined && { plannedEnd: fields.plannedEnd }),
  ...(fields.sendingContactPerson && { sendingInstitution: { ...content.sendingInstitution, contactPerson: fields.sendingContactPerson } }),
  ...(fields.receivingContactPerson && {
    receivingInstitution: { ...content.receivingInstitution, contactPerson: fields.receivingContactPerson },
  }),
});

/**
 * What the agreement says today: the version in force as signed, with the minor changes
 * recorded since it came into force; the draft before version 1. A proposal starts from it,
 * so the next version carries the minor changes under its own signatures.
 */
export const contentInEffect = (state: AgreementState): AgreementContent | undefined => {
  const inForce = versionInForce(state);
  if (!inForce) return state.current?.content;
  return (state.minorChanges ?? [])
    .filter((change) => change.version === inForce.number)
    .reduce((content, change) => applyMinorFields(content, change.changes), inForce.content);
};

/**
 * `target` with the minor fields of `source`, contact persons included when `source` has none:
 * two contents that differ only there show the same signed version (EWP carries the dates and
 * the contact persons outside its signed versions).
 */
export const withMinorFieldsOf = (source: AgreementContent, target: AgreementContent): AgreementContent => {
  const institution = <T extends AgreementContent['sendingInstitution']>(from: T, to: T): T => {
    const { contactPerson: _contactPerson, ...rest } = to;
    return { ...rest, ...(from.contactPerson && { contactPerson: from.contactPerson }) } as T;
  };
  return {
    ...target,
    plannedStart: source.plannedStart,
    plannedEnd: source.plannedEnd,
    sendingInstitution: institution(source.sendingInstitution, target.sendingInstitution),
    receivingInstitution: institution(source.receivingInstitution, target.receivingInstitution),
  };
};
