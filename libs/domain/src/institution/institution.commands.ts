import { CommandMetadata } from '../agreement/agreement.commands';
import { Command } from '../message';
import { RegisteredInstitution } from './institution.types';

/** An admin records an institution, or corrects what the register holds for it. */
export type RecordInstitution = Command<'RecordInstitution', RegisteredInstitution, CommandMetadata>;

export type InstitutionCommand = RecordInstitution;
