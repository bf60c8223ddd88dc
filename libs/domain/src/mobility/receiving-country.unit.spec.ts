import { countryOfHeiId } from './receiving-country';

describe('the receiving country read from a SCHAC code', () => {
  it.each([
    ['uw.edu.pl', 'PL'],
    ['uio.no', 'NO'],
    ['insa-lyon.fr', 'FR'],
    ['ox.ac.uk', 'GB'],
    ['mit.edu', undefined],
    ['example.com', undefined],
    ['agency.europa.eu', undefined],
  ])('%s -> %s', (heiId, country) => {
    expect(countryOfHeiId(heiId)).toBe(country);
  });
});
