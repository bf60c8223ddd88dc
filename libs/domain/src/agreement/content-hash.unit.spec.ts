import { aComponent, aContent } from '../testing';
import { canonicalJson } from './canonical-json';
import { contentHash } from './content-hash';

describe('canonicalJson (CTI-LA-4)', () => {
  it('sorts keys at every depth and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: true, y: null }], c: undefined } })).toBe('{"a":{"d":[2,{"y":null,"z":true}]},"b":1}');
  });

  it('keeps array order, which is meaningful in component tables', () => {
    expect(canonicalJson(['b', 'a'])).not.toBe(canonicalJson(['a', 'b']));
  });

  it('escapes strings as JSON does', () => {
    expect(canonicalJson({ 'é"': 'Paweł\n' })).toBe('{"é\\"":"Paweł\\n"}');
  });

  it.each([NaN, Infinity, () => 1, BigInt(1)])('refuses %p, which has no JSON form', (value) => {
    expect(() => canonicalJson({ value })).toThrow(TypeError);
  });
});

describe('contentHash (CTI-LA-4)', () => {
  it('is the sha256 hex of the canonical JSON', () => {
    expect(contentHash(aContent())).toMatch(/^[0-9a-f]{64}$/);
    expect(contentHash({} as never)).toBe('44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a');
  });

  it('does not depend on key order or undefined optional fields', () => {
    const reordered = reverseKeys(aContent());
    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(aContent()));
    expect(contentHash(reordered)).toBe(contentHash(aContent()));
    const withUndefined = aContent({ receivingInstitution: { heiId: 'uw.edu.pl', organisationalUnit: 'Faculty of Mathematics', contactPerson: undefined } });
    expect(contentHash(withUndefined)).toBe(contentHash(aContent()));
  });

  it('changes with any field, including a component in a table', () => {
    const hashes = new Set([
      contentHash(aContent()),
      contentHash(aContent({ eqfLevel: 6 })),
      contentHash(aContent({ studiedAbroad: [aComponent('KR501', '9'), aComponent('KR502B', '7.50')] })),
      contentHash(aContent({ recognisedAtHome: [aComponent('UE-MATH-4', '15', { recognitionConditions: 'oral exam' })] })),
    ]);
    expect(hashes.size).toBe(4);
  });
});

/** The same value with every object's keys in reverse order. */
const reverseKeys = (value: unknown): never => {
  if (Array.isArray(value)) return value.map(reverseKeys) as never;
  if (value === null || typeof value !== 'object') return value as never;
  return Object.fromEntries(Object.entries(value).reverse().map(([key, member]) => [key, reverseKeys(member)])) as never;
};
