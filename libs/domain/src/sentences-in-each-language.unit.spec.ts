import { WARNING_WORDS, agreementWarnings } from './agreement';
import { isDomainError, ruleBroken } from './errors';
import { languageOf } from './language';
import { MOBILITY_WORDS, evaluateMobilityStatus } from './mobility';
import { refusal } from './refusals';
import { aComponent, aContent } from './testing';

describe('the ledger’s sentences, one table per language', () => {
  it('takes ?lang= first, then the first language of Accept-Language it speaks, else English', () => {
    expect(languageOf('de-DE,fr;q=0.8,en;q=0.5')).toBe('fr');
    expect(languageOf('fr-CA', 'en')).toBe('en');
    expect(languageOf('de')).toBe('en');
    expect(languageOf(undefined)).toBe('en');
    // Weights as RFC 9110 gives them: q=0 refuses a language, the highest weight wins whatever the order.
    expect(languageOf('fr;q=0, en')).toBe('en');
    expect(languageOf('en;q=0.5, fr;q=0.9')).toBe('fr');
    expect(languageOf('french, frr')).toBe('en');
    expect(languageOf('fr;q=abc')).toBe('en');
  });

  it('says a refusal in each language and keeps English in the message that logs read (CTI-LA-3)', () => {
    const error = ruleBroken('CTI-LA-3', refusal('proposalStillOpen', 2));
    expect(isDomainError(error) && error.said).toEqual({
      en: 'proposal 2 is still open: one proposal at a time',
      fr: 'l’avenant 2 est encore ouvert : un avenant à la fois',
    });
    expect(error.message).toBe('CTI-LA-3: proposal 2 is still open: one proposal at a time');
  });

  it('says in French that a minor change moves the dates to another term, and who may change a contact (LA-MINOR, LA-PARTY)', () => {
    expect(refusal('minorOtherTerm', 'plannedEnd', '2027-09-10', undefined, 1, { year: '2026/2027', number: 2, of: 2 })).toEqual({
      en: 'plannedEnd 2027-09-10 is in outside the academic year, version 1 was signed for term 2 of 2 of 2026/2027: another term is another mobility, with its own learning agreement',
      fr: 'plannedEnd 2027-09-10 tombe hors de l’année universitaire, alors que la version 1 a été signée pour le terme 2 sur 2 de 2026/2027 : un autre terme est une autre mobilité, avec son propre contrat d’études',
    });
    expect(refusal('minorNotTheirs', 'sending', ['receivingContactPerson'], [['receiving']]).fr).toBe(
      'l’établissement d’origine ne peut pas modifier receivingContactPerson : seul l’établissement d’accueil le peut',
    );
  });

  it('writes the credits of a French refusal with a decimal comma (REC-EXCESS)', () => {
    expect(refusal('remedyCapped', 'KR502B', '7.5', '9')).toEqual({
      en: 'a remedy for KR502B earns at most the 7.5 ECTS the agreement planned for it, not 9',
      fr: 'un rattrapage de KR502B rapporte au plus les 7,5 ECTS que le contrat prévoyait, pas 9',
    });
  });

  it('says the EWP gaps and a light term in French (EWP-LA-CONTACT, LA-TERM-CREDITS)', () => {
    const content = aContent({ studiedAbroad: [{ ...aComponent('KR501', '9'), term: { number: 1, of: 2 } }] });
    expect(agreementWarnings(content, WARNING_WORDS.fr)).toEqual([
      {
        ruleId: 'EWP-LA-CONTACT',
        field: 'receivingInstitution.contactPerson',
        detail: expect.stringMatching(/^Nommez une personne de contact à l’établissement d’accueil \(uw\.edu\.pl\)/),
      },
      {
        ruleId: 'LA-TERM-CREDITS',
        field: 'studiedAbroad.term(1/2)',
        detail: 'le terme 1 sur 2 compte 9 ECTS au tableau A, en dessous d’une charge à temps plein de 20 à 40 ECTS : vérifiez les composantes et leurs crédits',
      },
    ]);
  });

  it('explains a mobility status, each stay and its warnings in French (CTI-MOB-1, CTI-MOB-9)', () => {
    const evaluation = evaluateMobilityStatus(
      {
        profile: { nationality: 'FR', secondaryDiplomaCountry: 'FR', secondaryDiploma: 'french-baccalaureate', cameToFranceToStudy: false, track: 'student', schoolId: 'insa-lyon.fr', expectedGraduationYear: 2027 },
        regulations: { minimumWeeksAbroad: { student: 12, apprentice: 9 }, lowCarbonTravel: { counts: false, maxDays: 0 }, preparatoryCycleCounts: false },
        agreements: [],
        declaredStays: [{ stayId: 'berlin', kind: 'studies', country: 'DE', plannedStart: '2026-02-02', plannedEnd: '2026-02-28', actualStart: '2026-02-02', actualEnd: '2026-02-28' }],
        records: {},
        today: '2026-03-10',
      },
      MOBILITY_WORDS.fr,
    );
    expect(evaluation).toMatchObject({
      status: 'at-risk',
      ruleId: 'CTI-MOB-1',
      explanation: 'seulement 3,8 semaines sur 12 accomplies, en cours ou prévues',
      stays: [{ ruleId: 'CTI-MOB-1', reason: 'un séjour individuel à l’étranger' }],
    });
    expect(evaluation.warnings.map(({ message }) => message)).toEqual([
      'aucune préparation avant le départ n’est enregistrée',
      'aucun suivi pendant le séjour n’est enregistré',
      'aucun débriefing au retour n’est enregistré',
    ]);
  });
});
