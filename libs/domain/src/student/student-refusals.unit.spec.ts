import { DomainError } from '../errors';
import { studentDecider } from './student.decider';
import { aProfile, aStay, profiled, schoolStaff, student, studentCommand } from './student.fixtures';
import { StudentCommand } from './student.commands';

const refusalOf = (command: StudentCommand, history = profiled()): DomainError => {
  const state = history.reduce(studentDecider.evolve, studentDecider.initialState());
  try {
    studentDecider.decide(command, state);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('the command was not refused');
};

describe('the refusals about a student’s record, in English and in French', () => {
  it('lists every problem of a stay, each by its field (STUDENT-STAY)', () => {
    const error = refusalOf(studentCommand('DeclareStay', student, { stay: aStay({ country: 'Germany', plannedEnd: '2026-05-01' }) }));
    expect(error.message).toBe('STUDENT-STAY: malformed stay: country must be an ISO 3166-1 alpha-2 code; plannedEnd is before plannedStart');
    expect(error.said?.fr).toBe('séjour mal formé : country doit être un code pays ISO 3166-1 alpha-2 ; plannedEnd précède plannedStart');
    expect(error.fields).toEqual([
      { field: 'country', said: { en: 'country must be an ISO 3166-1 alpha-2 code', fr: 'country doit être un code pays ISO 3166-1 alpha-2' } },
      { field: 'plannedEnd', said: { en: 'plannedEnd is before plannedStart', fr: 'plannedEnd précède plannedStart' } },
    ]);
  });

  it('names the profile’s fields and says who may act, in French (STUDENT-PROFILE, STUDENT-ACTOR, CTI-MOB-7)', () => {
    const profile = refusalOf(studentCommand('RecordProfile', schoolStaff, { profile: aProfile({ nationality: 'fr', apprenticeshipModality: 'contract-on-hold' }) }));
    expect(profile.fields.map(({ field }) => field)).toEqual(['nationality', 'apprenticeshipModality']);
    expect(profile.said?.fr).toBe(
      'profil mal formé : nationality doit être un code pays ISO 3166-1 alpha-2 ; CTI-MOB-5 : seuls les apprentis ont une modalité d’apprentissage',
    );

    const support = refusalOf(studentCommand('RecordPreparation', student, { stay: { stayId: 'stay-1' }, date: '2026-01-10' }));
    expect(support.said).toEqual({
      en: 'a student cannot record a preparation; only sending or admin can',
      fr: 'un étudiant ne peut pas enregistrer une préparation ; seuls l’école d’origine ou un administrateur le peuvent',
    });

    const gap = refusalOf(studentCommand('DeclareStay', schoolStaff, { stay: aStay({ kind: 'gap-period' }) }));
    expect(gap.said?.fr).toBe('une césure est à la seule initiative de l’étudiant : lui seul la déclare');
  });
});
