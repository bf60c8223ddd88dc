import {
  MOBILITY_ID,
  approvalCommands,
  approved,
  auditor,
  command,
  drafted,
  given,
  history,
  receivingStaff,
  sendingStaff,
  student,
} from '../testing';
import { Actor } from './agreement.actor';

const TODAY = '2026-03-01T08:00:00.000Z';
const depart = (date: string, by: Actor = sendingStaff) => command('RecordDeparture', by, { date }, TODAY);
const comeBack = (date: string, by: Actor = student) => command('RecordReturn', by, { date }, TODAY);

describe('RecordDeparture', () => {
  it('CTI-LA-1: a departure after version 1 is approved carries no finding', () => {
    given(approved('2026-01-15T09:00:00.000Z'))
      .when(depart('2026-02-20'))
      .then([
        {
          type: 'DepartureRecorded',
          data: {
            mobilityId: MOBILITY_ID,
            date: '2026-02-20',
            findings: [],
            party: 'sending',
            by: { id: sendingStaff.id, name: sendingStaff.name },
            at: TODAY,
          },
        },
      ]);
  });

  it('CTI-LA-1: a departure on the day of approval carries no finding', () => {
    given(approved('2026-02-20T18:00:00.000Z'))
      .when(depart('2026-02-20'))
      .then(([event]) => expect(event.data).toMatchObject({ findings: [] }));
  });

  it('CTI-LA-1: a departure before the third signature is recorded with a finding', () => {
    given(drafted())
      .when(depart('2026-02-20', student))
      .thenState((state, [event]) => {
        expect(event.data).toMatchObject({ findings: ['CTI-LA-1'], party: 'student' });
        expect(state.departedOn).toBe('2026-02-20');
        expect(state.findings).toEqual([
          { ruleId: 'CTI-LA-1', detail: 'departure on 2026-02-20 before the agreement was approved', at: TODAY, basis: 'declared' },
        ]);
      });
  });

  it('CTI-LA-1: a departure dated before an approval recorded later is a finding too', () => {
    given(approved('2026-02-25T09:00:00.000Z'))
      .when(depart('2026-02-20'))
      .then(([event]) => expect(event.data).toMatchObject({ findings: ['CTI-LA-1'] }));
  });

  it('LA-STAY: refuses a second departure', () => {
    given(history(...approvalCommands(), depart('2026-02-20'))).when(depart('2026-02-21')).thenThrows({ kind: 'rule', ruleId: 'LA-STAY' });
  });

  it.each(['2026-02-30', '20/02/2026', '2026-03-02'])('LA-STAY: refuses the departure date %s', (date) => {
    given(approved()).when(depart(date)).thenThrows({ kind: 'invalid', ruleId: 'LA-STAY' });
  });

  it.each([
    ['the receiving institution', receivingStaff],
    ['an auditor', auditor],
  ])('LA-PARTY: refuses a departure recorded by %s', (_, actor) => {
    given(approved()).when(depart('2026-02-20', actor)).thenThrows({ kind: 'forbidden', ruleId: 'LA-PARTY' });
  });

  it('refuses a departure on a mobility without agreement', () => {
    given([]).when(depart('2026-02-20')).thenThrows({ kind: 'not_found' });
  });
});

describe('RecordReturn', () => {
  const departed = () => history(...approvalCommands(), depart('2026-02-20'));

  it('records the actual return date', () => {
    given(departed())
      .when(comeBack('2026-02-28'))
      .thenState((state, events) => {
        expect(events).toEqual([
          {
            type: 'ReturnRecorded',
            data: { mobilityId: MOBILITY_ID, date: '2026-02-28', party: 'student', by: { id: student.id, name: student.name, email: student.email }, at: TODAY },
          },
        ]);
        expect(state).toMatchObject({ departedOn: '2026-02-20', returnedOn: '2026-02-28' });
      });
  });

  it('LA-STAY: accepts a return on the day of departure', () => {
    given(departed()).when(comeBack('2026-02-20', sendingStaff)).then((events) => expect(events).toHaveLength(1));
  });

  it('LA-STAY: refuses a return before the departure', () => {
    given(departed()).when(comeBack('2026-02-19')).thenThrows({ kind: 'invalid', ruleId: 'LA-STAY', message: /before the departure/ });
  });

  it('LA-STAY: refuses a return without a recorded departure', () => {
    given(approved()).when(comeBack('2026-02-28')).thenThrows({ kind: 'rule', ruleId: 'LA-STAY' });
  });

  it('LA-STAY: refuses a second return', () => {
    given(history(...approvalCommands(), depart('2026-02-20'), comeBack('2026-02-27')))
      .when(comeBack('2026-02-28'))
      .thenThrows({ kind: 'rule', ruleId: 'LA-STAY' });
  });

  it('LA-STAY: refuses a return in the future', () => {
    given(departed()).when(comeBack('2026-06-30')).thenThrows({ kind: 'invalid', ruleId: 'LA-STAY' });
  });

  it('LA-PARTY: refuses a return recorded by the receiving institution', () => {
    given(departed()).when(comeBack('2026-02-28', receivingStaff)).thenThrows({ kind: 'forbidden', ruleId: 'LA-PARTY' });
  });
});
