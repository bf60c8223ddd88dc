import { Actor, signerOf } from '../agreement/agreement.actor';
import { deciderSpecification, historyOf } from '../testing/decider-specification';
import { RecordInstitution } from './institution.commands';
import { institutionDecider } from './institution.decider';
import { institutionIdOf, institutionStreamId } from './institution.stream';
import { isCountryCode } from '../country-code';

const NOW = '2026-01-15T09:00:00.000Z';
const admin: Actor = { id: 'root', role: 'admin', name: 'Root' };
const staff: Actor = { id: 'staff-anders', role: 'sending', institution: 'insa-lyon.fr' };
const warsaw = { heiId: 'uw.edu.pl', name: 'University of Warsaw', country: 'PL' };
const record = (data = warsaw, actor = admin): RecordInstitution => ({ type: 'RecordInstitution', data, metadata: { actor, now: NOW } });
const given = deciderSpecification(institutionDecider);

describe('institution stream', () => {
  it('is named by the SCHAC code', () => {
    expect(institutionStreamId('uw.edu.pl')).toBe('institution-uw.edu.pl');
    expect(institutionIdOf('institution-uw.edu.pl')).toBe('uw.edu.pl');
    expect(institutionIdOf('partnership-a+b')).toBeUndefined();
  });
});

describe('RecordInstitution', () => {
  it('records the name and country of an institution known by its SCHAC code', () => {
    given([]).when(record()).then([{ type: 'InstitutionRecorded', data: { ...warsaw, by: signerOf(admin), at: NOW } }]);
  });

  it('records a correction with what it replaced, and nothing when nothing changes', () => {
    const history = historyOf(institutionDecider, [record()]);
    given(history).when(record()).thenNothingHappens();
    given(history)
      .when(record({ ...warsaw, name: 'Uniwersytet Warszawski' }))
      .then([
        {
          type: 'InstitutionRecorded',
          data: { ...warsaw, name: 'Uniwersytet Warszawski', previous: { name: warsaw.name, country: 'PL' }, by: signerOf(admin), at: NOW },
        },
      ]);
  });

  it('INSTITUTION-ADMIN: refuses anyone but an admin', () => {
    given([]).when(record(warsaw, staff)).thenThrows({ kind: 'forbidden', ruleId: 'INSTITUTION-ADMIN' });
  });

  it.each([
    ['a code that is not a domain name', { ...warsaw, heiId: 'University of Warsaw' }, /SCHAC/],
    ['an empty name', { ...warsaw, name: '  ' }, /name must not be empty/],
    ['a name with spaces around it', { ...warsaw, name: ' Warsaw ' }, /spaces/],
    ['a country that is not ISO 3166-1 alpha-2', { ...warsaw, country: 'POL' }, /ISO 3166-1/],
    ['a two-letter code ISO does not assign', { ...warsaw, country: 'ZZ' }, /ISO 3166-1/],
  ])('INSTITUTION-CONTENT: refuses %s', (_, data, message) => {
    given([]).when(record(data)).thenThrows({ kind: 'invalid', ruleId: 'INSTITUTION-CONTENT', message });
  });

  it('INSTITUTION-CONTENT: a stream holds one institution', () => {
    given(historyOf(institutionDecider, [record()]))
      .when(record({ ...warsaw, heiId: 'tum.de', country: 'DE' }))
      .thenThrows({ kind: 'invalid', ruleId: 'INSTITUTION-CONTENT' });
  });
});

describe('isCountryCode', () => {
  it('knows the countries of ISO 3166-1 and nothing else', () => {
    expect(['PL', 'FR', 'DE', 'GB', 'JP', 'US'].every(isCountryCode)).toBe(true);
    expect(['pl', 'UK', 'EU', 'ZZ', 'AAA', ''].some(isCountryCode)).toBe(false);
  });
});
