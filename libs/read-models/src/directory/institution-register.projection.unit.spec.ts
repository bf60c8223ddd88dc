import { approvalCommands } from '@app/domain/testing';
import type { RecordedEvent } from '@app/event-store';
import { projectInMemory } from '../projection';
import { recordedAgreement, recordedStream } from '../testing';
import { institutionEntryOf, matchesQuery } from './institution-entry';
import { INSTITUTION_REGISTER, institutionRegisterProjection } from './institution-register.projection';

const by = { id: 'root' };
const at = '2026-01-15T09:00:00.000Z';
const adminRecord = recordedStream('institution-uw.edu.pl', [
  { type: 'InstitutionRecorded', data: { heiId: 'uw.edu.pl', name: 'University of Warsaw', country: 'PL', by, at } },
], 100n);
const partnerRecord = recordedStream('partnership-insa-lyon.fr+uw.edu.pl', [
  {
    type: 'PartnerRecorded',
    data: { partnershipId: 'insa-lyon.fr+uw.edu.pl', schoolId: 'insa-lyon.fr', partner: { id: 'uw.edu.pl', kind: 'institution', name: 'Uniwersytet Warszawski' }, by, at },
  },
], 200n);
const companyRecord = recordedStream('partnership-FR40303265045+insa-lyon.fr', [
  {
    type: 'PartnerRecorded',
    data: { partnershipId: 'FR40303265045+insa-lyon.fr', schoolId: 'insa-lyon.fr', partner: { id: 'FR40303265045', kind: 'company', name: 'Airbus' }, by, at },
  },
], 300n);
const agreement = recordedAgreement(approvalCommands());
const rowsOf = (events: RecordedEvent[]) => projectInMemory(institutionRegisterProjection, events)[INSTITUTION_REGISTER] ?? [];
const entryOf = (heiId: string, events: RecordedEvent[]) => institutionEntryOf(heiId, rowsOf(events).filter((row) => row.hei_id === heiId));

describe('institution_register projection', () => {
  it('writes one row per institution and source: the agreement’s two institutions known by code, the country from the domain', () => {
    expect(rowsOf(agreement)).toEqual([
      { hei_id: 'insa-lyon.fr', source: 'agreement', name: null, country: 'FR' },
      { hei_id: 'uw.edu.pl', source: 'agreement', name: null, country: 'PL' },
    ]);
  });

  it('leaves a company partner out: it is not an institution', () => {
    expect(rowsOf(companyRecord)).toEqual([]);
  });

  it('gives the same rows whatever the order of the streams, and applied twice', () => {
    const all = [...agreement, ...partnerRecord, ...adminRecord];
    const sorted = (events: RecordedEvent[]) => [...rowsOf(events)].sort((a, b) => `${a.hei_id}${a.source}`.localeCompare(`${b.hei_id}${b.source}`));
    expect(sorted([...adminRecord, ...partnerRecord, ...agreement])).toEqual(sorted(all));
    expect(sorted([...all, ...all])).toEqual(sorted(all));
    // An admin's correction, interleaved with the other streams either way: the register keeps the correction.
    const corrected = recordedStream('institution-uw.edu.pl', [
      { type: 'InstitutionRecorded', data: { heiId: 'uw.edu.pl', name: 'University of Warsaw', country: 'PL', by, at } },
      { type: 'InstitutionRecorded', data: { heiId: 'uw.edu.pl', name: 'Uniwersytet Warszawski', country: 'PL', previous: { name: 'University of Warsaw', country: 'PL' }, by, at } },
    ], 100n);
    const early = [corrected[0], ...agreement, ...partnerRecord, corrected[1]];
    const late = [...partnerRecord, ...corrected, ...agreement];
    expect(sorted(early)).toEqual(sorted(late));
    expect(entryOf('uw.edu.pl', early)).toMatchObject({ name: 'Uniwersytet Warszawski', sources: ['register', 'partner', 'agreement'] });
  });

  it('names an institution by the admin’s record first, then a school’s partner, then its code alone', () => {
    expect(entryOf('uw.edu.pl', [...agreement, ...partnerRecord, ...adminRecord])).toEqual({
      heiId: 'uw.edu.pl', name: 'University of Warsaw', country: 'PL', sources: ['register', 'partner', 'agreement'],
    });
    expect(entryOf('uw.edu.pl', [...agreement, ...partnerRecord])).toMatchObject({ name: 'Uniwersytet Warszawski', country: 'PL' });
    expect(entryOf('uw.edu.pl', agreement)).toMatchObject({ name: null, country: 'PL' });
  });

  it('finds an institution by words of its name or code, accents and case aside', () => {
    const entry = { heiId: 'uw.edu.pl', name: 'Uniwersytet Łódzki', country: 'PL', sources: [] };
    expect(matchesQuery(entry, 'lodzki uniwersytet')).toBe(true);
    expect(matchesQuery(entry, 'UW.EDU')).toBe(true);
    expect(matchesQuery(entry, 'warsaw')).toBe(false);
    // Letters without a decomposed form are found as a reader types them without the accent.
    expect(matchesQuery({ ...entry, heiId: 'uit.no', name: 'UiT Norges arktiske universitet, Tromsø' }, 'tromso')).toBe(true);
    expect(matchesQuery({ ...entry, heiId: 'uw.edu.pl', name: 'Politechnika Łódzka' }, 'lodzka')).toBe(true);
  });
});
