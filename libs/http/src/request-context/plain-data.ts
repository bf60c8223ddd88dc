/**
 * DTO instances as plain data for the domain: no class instances, and absent rather than
 * undefined fields, since events go through JSON and hashes cover their content.
 */
export const plainData = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
