/** Where the register learnt an institution, most trusted first. */
export type InstitutionSource = 'register' | 'partner' | 'iia' | 'agreement';

/**
 * An institution as people should read it: its name and country when someone recorded them,
 * else what its SCHAC code tells (the country of a country-code domain), and where it was seen.
 */
export interface InstitutionEntry {
  heiId: string;
  name: string | null;
  country: string | null;
  sources: InstitutionSource[];
}

/**
 * The institutions register, served by the read models and up to date with every command
 * appended before the call: an admin's record, the partners schools record, the institutions
 * IIAs and agreements name (EWP imports included).
 */
export abstract class InstitutionRegister {
  /** Every institution whose name or SCHAC code holds the words asked for (all of them without). */
  abstract search(query?: string): Promise<InstitutionEntry[]>;
  abstract find(heiId: string): Promise<InstitutionEntry | undefined>;
  /** The entries of these institutions, those the register knows. */
  abstract findEach(heiIds: readonly string[]): Promise<InstitutionEntry[]>;
}
