/**
 * The institutions register, stream `institution-<heiId>`: an admin records or corrects the
 * name and country of an institution known by its SCHAC code. The register read model also
 * learns institutions from partners, IIAs and agreements; what an admin recorded comes first.
 */
export * from './institution.rules';
export * from './institution.types';
export * from './institution.commands';
export * from './institution.events';
export * from './institution.state';
export * from './institution.decider';
export * from './institution.stream';
export { isCountryCode } from '../country-code';
