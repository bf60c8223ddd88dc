/** An institution as the register names it: its SCHAC code, its name and its country (ISO 3166-1 alpha-2). */
export type RegisteredInstitution = { heiId: string; name: string; country: string };
