import { DomainError } from '../errors';
import { schoolDecider } from './school.decider';
import { auditor, regulations, schoolCommand } from './school.fixtures';

const refusalOf = (decide: () => unknown): DomainError => {
  try {
    decide();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('the command was not refused');
};
const decide = (command: Parameters<typeof schoolDecider.decide>[0]) => () => schoolDecider.decide(command, schoolDecider.initialState());

describe('the school’s refusals, in English and in French', () => {
  it('names the setting at fault so that the form says it beside it (CTI-MOB-5)', () => {
    const error = refusalOf(decide(schoolCommand('ConfigureStudyRegulations', auditor, { regulations: regulations() })));
    expect(error.said?.fr).toBe('auditor cti-expert ne peut pas configurer le règlement des études de insa-lyon.fr');

    const { said, fields } = refusalOf(
      decide(schoolCommand('ConfigureStudyRegulations', { id: 'root', role: 'admin' }, { regulations: regulations({ minimumWeeksAbroad: { student: 12, apprentice: 8 } }) })),
    );
    expect(said).toEqual({
      en: 'apprentices spend at least 9 weeks abroad; 8 is below it',
      fr: 'les apprentis passent au moins 9 semaines à l’étranger ; 8 est en dessous',
    });
    expect(fields).toEqual([{ field: 'minimumWeeksAbroad.apprentice', said }]);
  });

  it('lists every problem of a conversion rule, each by its field, in both languages (CTI-REC-3)', () => {
    const rule = { scheme: 'ects', kind: 'factor', factor: '0', rounding: 'none', source: ' ' } as const;
    const error = refusalOf(decide(schoolCommand('SetConversionRule', { id: 'root', role: 'admin' }, { rule })));
    expect(error.message).toBe('CTI-REC-3: malformed conversion rule: ECTS credits need no conversion; source is empty: say where the rule comes from; factor must be a positive decimal string');
    expect(error.said?.fr).toBe(
      'règle de conversion mal formée : les crédits ECTS ne se convertissent pas ; la source (source) est vide : dites d’où vient la règle ; factor doit être un nombre décimal positif',
    );
    expect(error.fields.map(({ field }) => field)).toEqual(['scheme', 'source', 'factor']);
  });
});
