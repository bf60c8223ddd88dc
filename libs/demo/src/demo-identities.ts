import type { ActorRole } from '@app/domain';

/** A person of the demo data: the claims of the token the sign-in page mints for them. */
export interface DemoIdentity {
  sub: string;
  role: ActorRole;
  name: string;
  institution?: string;
  email?: string;
  /** Shown under the name on the sign-in page. */
  description: { en: string; fr: string };
}

export const DEMO_SCHOOL = 'insa-lyon.fr';
export const DEMO_PARTNERS = { warsaw: 'uw.edu.pl', munich: 'tum.de' } as const;

const student = (sub: string, name: string, email: string): DemoIdentity => ({
  sub,
  role: 'student',
  name,
  email,
  description: { en: `Student at ${DEMO_SCHOOL}`, fr: `Élève de ${DEMO_SCHOOL}` },
});

export const DEMO_IDENTITIES: readonly DemoIdentity[] = [
  student('acc-ivan', 'Ivan Sidorov', 'ivan@example.com'),
  student('acc-lea', 'Léa Martin', 'lea@example.com'),
  student('acc-tom', 'Tom Girard', 'tom@example.com'),
  student('acc-sofia', 'Sofia Costa', 'sofia@example.com'),
  {
    sub: 'staff-anders', role: 'sending', institution: DEMO_SCHOOL, name: 'Anders Bardal',
    description: { en: 'International office, sending school', fr: 'Relations internationales, école d’origine' },
  },
  {
    sub: 'staff-pawel', role: 'receiving', institution: DEMO_PARTNERS.warsaw, name: 'Paweł Kowalski',
    description: { en: 'Coordinator, University of Warsaw (host)', fr: 'Coordinateur, Université de Varsovie (accueil)' },
  },
  {
    sub: 'staff-hans', role: 'receiving', institution: DEMO_PARTNERS.munich, name: 'Hans Vogel',
    description: { en: 'Coordinator, TU Munich (host)', fr: 'Coordinateur, TU Munich (accueil)' },
  },
  {
    sub: 'cti-expert', role: 'auditor', name: 'Claire Dubois',
    description: { en: 'CTI auditor, reads every school', fr: 'Experte CTI, lit toutes les écoles' },
  },
  // Runs the system: the institutions register, erasures, the record of messages; never signs for a party.
  {
    sub: 'admin-margaux', role: 'admin', name: 'Margaux Lenoir',
    description: { en: 'Administrator: institutions register, erasure, messages', fr: 'Administratrice : registre des établissements, effacement, messages' },
  },
];

/**
 * The rest of the cohort: students whose agreements fill the coordinators' lists. The seed
 * signs as them; the sign-in page lists only the people above, whom the walkthrough follows.
 */
export const DEMO_CLASSMATES: readonly DemoIdentity[] = [
  student('acc-hugo', 'Hugo Petit', 'hugo@example.com'),
  student('acc-chloe', 'Chloé Bernard', 'chloe@example.com'),
  student('acc-ines', 'Inès Moreau', 'ines@example.com'),
  student('acc-lucas', 'Lucas Fontaine', 'lucas@example.com'),
  student('acc-manon', 'Manon Lefèvre', 'manon@example.com'),
  student('acc-nathan', 'Nathan Roux', 'nathan@example.com'),
  student('acc-camille', 'Camille Dupont', 'camille@example.com'),
  student('acc-yanis', 'Yanis Haddad', 'yanis@example.com'),
  student('acc-emma', 'Emma Laurent', 'emma@example.com'),
];

export const demoIdentity = (sub: string): DemoIdentity | undefined =>
  [...DEMO_IDENTITIES, ...DEMO_CLASSMATES].find((identity) => identity.sub === sub);

/** The claims a token carries for this identity (see libs/http/src/auth/token-claims.ts). */
export const claimsOf = ({ sub, role, name, institution, email }: DemoIdentity): Record<string, string> => ({
  sub,
  role,
  name,
  ...(institution && { institution }),
  ...(email && { email }),
});
