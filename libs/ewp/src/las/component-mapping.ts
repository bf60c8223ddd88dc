import type { ChangeReason, Component, ComponentChange, DeleteReasonCode, InsertReasonCode, OtherReason } from '@app/domain';
import { DELETE_REASONS, INSERT_REASONS } from '@app/domain';
import type { EwpComponent } from './la-document';

/**
 * EWP makes `los-code` optional (the example's first component has none), but a domain
 * component needs a code to be deleted by. A component without one gets this key, built
 * from what identifies it in EWP, and export leaves it out again.
 */
const UNCODED = 'ewp-uncoded:';

export const componentCodeOf = (component: EwpComponent): string =>
  component.losCode ?? `${UNCODED}${component.losId ?? component.title}`;

const losCodeOf = (code: string): string | undefined => (code.startsWith(UNCODED) ? undefined : code);

export const toDomainComponent = (component: EwpComponent): Component => ({
  code: componentCodeOf(component),
  title: component.title,
  credits: component.credits,
  ...(component.term && { term: component.term }),
  ...(component.losId !== undefined && { losId: component.losId }),
  ...(component.loiId !== undefined && { loiId: component.loiId }),
  ...(component.recognitionConditions !== undefined && { recognitionConditions: component.recognitionConditions }),
  ...(component.shortDescription !== undefined && { shortDescription: component.shortDescription }),
});

export const toEwpComponent = (component: Component): EwpComponent => ({
  losId: component.losId,
  losCode: losCodeOf(component.code),
  title: component.title,
  loiId: component.loiId,
  term: component.term,
  credits: component.credits,
  recognitionConditions: component.recognitionConditions,
  shortDescription: component.shortDescription,
});

/** EWP's reason attributes: a code when it is one of EWP's for that operation, the text otherwise. */
export const ewpReasonOf = (reason: ChangeReason): Pick<EwpComponent, 'reasonCode' | 'reasonText'> =>
  typeof reason === 'string' ? { reasonCode: reason } : { reasonText: reason.other };

/** An unknown code counts as no code, as EWP tells clients to read it. */
export function domainReasonOf(op: 'insert', component: EwpComponent): InsertReasonCode | OtherReason;
export function domainReasonOf(op: 'delete', component: EwpComponent): DeleteReasonCode | OtherReason;
export function domainReasonOf(op: ComponentChange['op'], component: EwpComponent): ChangeReason;
export function domainReasonOf(op: ComponentChange['op'], { reasonCode, reasonText }: EwpComponent): ChangeReason {
  const codes: readonly string[] = op === 'insert' ? INSERT_REASONS : DELETE_REASONS;
  if (reasonCode !== undefined && codes.includes(reasonCode)) return reasonCode as ChangeReason;
  return { other: reasonText?.trim() || 'no reason given' };
}
