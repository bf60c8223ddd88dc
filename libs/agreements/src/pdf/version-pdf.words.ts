import type { ComponentTable, Language, Party } from '@app/domain';

/** Every word the signed document prints, in the reader's language. */
export interface PdfWords {
  title: (version: number) => string;
  subtitle: string;
  student: string;
  sending: string;
  receiving: string;
  period: (start: string, end: string, year: string) => string;
  tables: Record<ComponentTable, string>;
  columns: { code: string; component: string; term: string; credits: string };
  total: string;
  signatures: string;
  parties: Record<Party, string>;
  signedBy: (name: string, when: string) => string;
  approvedOn: (when: string) => string;
  contentHash: string;
  verify: (mobilityId: string, version: number) => string;
  /** ': ' in English, ' : ' in French typography. */
  colon: string;
  decimalComma: boolean;
  locale: string;
}

export const PDF_WORDS: Record<Language, PdfWords> = {
  en: {
    title: (version) => `Learning agreement, version ${version}`,
    subtitle: 'As signed by the student, the sending institution and the receiving institution (CTI-LA-4)',
    student: 'Student',
    sending: 'Sending institution',
    receiving: 'Receiving institution',
    period: (start, end, year) => `Mobility from ${start} to ${end}, academic year ${year}`,
    tables: {
      studiedAbroad: 'Table A: components studied abroad',
      recognisedAtHome: 'Table B: components recognised at the sending institution',
      virtual: 'Table C: virtual components',
      blended: 'Blended mobility components',
      doctoral: 'Short-term doctoral components',
    },
    columns: { code: 'Code', component: 'Component', term: 'Term', credits: 'Credits' },
    total: 'Total',
    signatures: 'Signatures',
    parties: { student: 'Student', sending: 'Sending institution', receiving: 'Receiving institution' },
    signedBy: (name, when) => `${name}, signed on ${when}`,
    approvedOn: (when) => `In force since ${when}.`,
    contentHash: 'SHA-256 content hash signed by the three parties',
    verify: (mobilityId, version) =>
      `To verify: GET /api/agreements/${mobilityId}/versions/${version} gives this content, whose hash the ledger recomputes; ` +
      `GET /api/agreements/${mobilityId}/audit/verify checks that no event of the agreement was altered.`,
    colon: ': ',
    decimalComma: false,
    locale: 'en-GB',
  },
  fr: {
    title: (version) => `Contrat d’études, version ${version}`,
    subtitle: 'Tel que signé par l’étudiant, l’établissement d’origine et l’établissement d’accueil (CTI-LA-4)',
    student: 'Étudiant',
    sending: 'Établissement d’origine',
    receiving: 'Établissement d’accueil',
    period: (start, end, year) => `Mobilité du ${start} au ${end}, année universitaire ${year}`,
    tables: {
      studiedAbroad: 'Tableau A : composantes suivies à l’étranger',
      recognisedAtHome: 'Tableau B : composantes reconnues dans l’établissement d’origine',
      virtual: 'Tableau C : composantes virtuelles',
      blended: 'Composantes de mobilité hybride',
      doctoral: 'Composantes doctorales de courte durée',
    },
    columns: { code: 'Code', component: 'Composante', term: 'Période', credits: 'Crédits' },
    total: 'Total',
    signatures: 'Signatures',
    parties: { student: 'Étudiant', sending: 'Établissement d’origine', receiving: 'Établissement d’accueil' },
    signedBy: (name, when) => `${name}, signé le ${when}`,
    approvedOn: (when) => `En vigueur depuis le ${when}.`,
    contentHash: 'Empreinte SHA-256 du contenu signé par les trois parties',
    verify: (mobilityId, version) =>
      `Pour vérifier : GET /api/agreements/${mobilityId}/versions/${version} donne ce contenu, dont le registre recalcule l’empreinte ; ` +
      `GET /api/agreements/${mobilityId}/audit/verify vérifie qu’aucun événement du contrat n’a été modifié.`,
    colon: '\u00a0: ',
    decimalComma: true,
    locale: 'fr-FR',
  },
};
