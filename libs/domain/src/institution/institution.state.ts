import { RegisteredInstitution } from './institution.types';

export type InstitutionState = { recorded?: RegisteredInstitution };

export const initialInstitutionState = (): InstitutionState => ({});
