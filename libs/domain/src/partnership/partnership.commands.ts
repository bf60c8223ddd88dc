import { CommandMetadata } from '../agreement/agreement.commands';
import { Command } from '../message';
import { Iia, Partner } from './partnership.types';

type CommandOf<Type extends string, Data extends object> = Command<Type, Data & { partnershipId: string }, CommandMetadata>;

/** The school records a partner: an institution, or a company hosting interns. */
export type RecordPartner = CommandOf<'RecordPartner', { schoolId: string; partner: Partner }>;
/** Records an IIA, or its new terms when one with the same ids is already recorded. */
export type RecordIia = CommandOf<'RecordIia', { iia: Iia }>;

export type PartnershipCommand = RecordPartner | RecordIia;
