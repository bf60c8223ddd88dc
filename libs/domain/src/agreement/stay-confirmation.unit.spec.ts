import { MOBILITY_ID, approvalCommands, approved, command, drafted, given, history, receivingStaff, sendingStaff, student } from '../testing';
import { Actor } from './agreement.actor';
import { stayDatesOf } from './stay-period';

const TODAY = '2026-07-10T08:00:00.000Z';
const confirm = (dates: { start?: string; end?: string }, by: Actor = receivingStaff) => command('ConfirmStayDates', by, dates, TODAY);
const depart = (date: string) => command('RecordDeparture', student, { date }, TODAY);

describe('ConfirmStayDates', () => {
  it('LA-STAY: the receiving institution confirms the actual start; it outranks the declared departure', () => {
    given(history(...approvalCommands(), depart('2026-02-18')))
      .when(confirm({ start: '2026-02-20' }))
      .thenState((state, events) => {
        expect(events).toEqual([
          {
            type: 'StayDatesConfirmed',
            data: {
              mobilityId: MOBILITY_ID,
              start: '2026-02-20',
              findings: [],
              party: 'receiving',
              by: { id: receivingStaff.id, name: receivingStaff.name },
              at: TODAY,
            },
          },
        ]);
        expect(stayDatesOf(state)).toEqual({ start: { date: '2026-02-20', source: 'confirmed' }, end: { date: '2026-06-30', source: 'planned' } });
      });
  });

  it('LA-STAY: the end is confirmed later; the earlier confirmation is kept as previous', () => {
    given(history(...approvalCommands(), confirm({ start: '2026-02-20' })))
      .when(confirm({ end: '2026-06-28' }))
      .thenState((state, [event]) => {
        expect(event.data).toMatchObject({ end: '2026-06-28', previous: { start: '2026-02-20' } });
        expect(stayDatesOf(state)).toEqual({ start: { date: '2026-02-20', source: 'confirmed' }, end: { date: '2026-06-28', source: 'confirmed' } });
      });
  });

  it('CTI-LA-1: a confirmed start before version 1 was approved is a finding judged on the confirmed date', () => {
    given(approved('2026-03-01T09:00:00.000Z'))
      .when(confirm({ start: '2026-02-20' }))
      .thenState((state, [event]) => {
        expect(event.data).toMatchObject({ findings: ['CTI-LA-1'] });
        expect(state.findings).toEqual([expect.objectContaining({ ruleId: 'CTI-LA-1', basis: 'confirmed' })]);
      });
  });

  it('LA-PARTY: only the receiving institution confirms the stay', () => {
    given(approved()).when(confirm({ start: '2026-02-20' }, sendingStaff)).thenThrows({ kind: 'forbidden', ruleId: 'LA-PARTY' });
    given(approved()).when(confirm({ start: '2026-02-20' }, student)).thenThrows({ kind: 'forbidden', ruleId: 'LA-PARTY' });
  });

  it('LA-STAY: refuses an empty confirmation, an end before its start or without one, a future day, and a repeat', () => {
    given(approved()).when(confirm({})).thenThrows({ kind: 'invalid', ruleId: 'LA-STAY' });
    given(approved()).when(confirm({ end: '2026-06-28' })).thenThrows({ kind: 'rule', ruleId: 'LA-STAY', message: /start/ });
    given(approved()).when(confirm({ start: '2026-03-01', end: '2026-02-01' })).thenThrows({ kind: 'invalid', ruleId: 'LA-STAY' });
    given(approved()).when(confirm({ start: '2026-09-01' })).thenThrows({ kind: 'invalid', ruleId: 'LA-STAY', message: /not happened yet/ });
    given(history(...approvalCommands(), confirm({ start: '2026-02-20' })))
      .when(confirm({ start: '2026-02-20' }))
      .thenThrows({ kind: 'rule', ruleId: 'LA-STAY', message: /already confirmed/ });
  });

  it('LA-STAY: a draft may have its stay confirmed too, the fact recorded with its CTI-LA-1 finding', () => {
    given(drafted()).when(confirm({ start: '2026-02-20' })).then((events) => expect(events[0].data).toMatchObject({ findings: ['CTI-LA-1'] }));
  });
});
