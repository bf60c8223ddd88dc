import { WarningWords } from './warning-words';

const decimal = (value: string) => value.replace('.', ',');

/** An agreement's warnings in French. */
export const FRENCH_WARNINGS: WarningWords = {
  institution: (side, heiId) => `${side === 'sending' ? 'l’établissement d’origine' : 'l’établissement d’accueil'}${heiId ? ` (${heiId})` : ''}`,
  contactMissing: (who) =>
    `Nommez une personne de contact à ${who}, avec un nom et une adresse électronique (le coordinateur du département ou le service des relations internationales) : EWP en transmet une pour chaque établissement.`,
  contactName: (who) => `Donnez le nom de la personne de contact à ${who} : EWP transmet ses prénoms et son nom.`,
  contactEmail: (who) => `Donnez l’adresse électronique de la personne de contact à ${who} : EWP la transmet, et un partenaire refuse une adresse mal formée.`,
  studentField: {
    givenNames: 'les prénoms',
    familyName: 'le nom',
    globalId: 'l’identifiant étudiant européen (ESI)',
    birthDate: 'la date de naissance',
    citizenship: 'la nationalité (code pays ISO 3166-1, par exemple FR)',
    email: 'l’adresse électronique',
  },
  studentGap: (what) => `Donnez ${what} de l’étudiant : EWP les transmet à l’établissement d’accueil.`,
  isced: 'Donnez le code ISCED-F 2013 (2 à 4 chiffres, par exemple 0714) du domaine le plus proche du programme de l’étudiant : EWP l’exige.',
  eqf: 'Donnez le niveau CEC du programme de l’étudiant au départ (7 pour le cycle ingénieur) : EWP l’exige.',
  language: 'Donnez la principale langue d’enseignement de l’établissement d’accueil par son code (par exemple en, de, pl) : EWP l’exige.',
  cefr: 'Donnez le niveau CECRL (A1 à C2) que l’étudiant a, ou aura atteint avant le séjour, dans cette langue : EWP l’exige.',
  termCredits: ({ number, of, total, low, from, to }) =>
    `le terme ${number} sur ${of} compte ${decimal(total)} ECTS au tableau A, ${low ? 'en dessous' : 'au-dessus'} d’une charge à temps plein de ${decimal(from)} à ${decimal(to)} ECTS : vérifiez les composantes et leurs crédits`,
};
