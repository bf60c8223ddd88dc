import { aComponent, aContent } from '../testing';
import { ComponentChange } from './amendment.changes';
import { applyChanges } from './apply-changes';

describe('applyChanges (CTI-LA-3)', () => {
  const base = aContent();

  it('deletes and inserts in order, leaving the given content untouched', () => {
    const result = applyChanges(base, [
      { op: 'delete', table: 'studiedAbroad', code: 'KR501', reason: 'timetable-conflict' },
      { op: 'insert', table: 'studiedAbroad', component: aComponent('KR630'), reason: 'substituting-deleted' },
      { op: 'insert', table: 'virtual', component: aComponent('MOOC-1', '2'), reason: 'adding-virtual-component' },
    ]);
    expect(result.studiedAbroad.map((c) => c.code)).toEqual(['KR502B', 'KR630']);
    expect(result.virtual.map((c) => c.code)).toEqual(['MOOC-1']);
    expect(base).toEqual(aContent());
  });

  it('substitutes a component deleted then inserted with the same code', () => {
    const result = applyChanges(base, [
      { op: 'delete', table: 'studiedAbroad', code: 'KR501', reason: 'not-available' },
      { op: 'insert', table: 'studiedAbroad', component: aComponent('KR501', '5'), reason: 'substituting-deleted' },
    ]);
    expect(result.studiedAbroad.find((c) => c.code === 'KR501')?.credits).toEqual([{ scheme: 'ects', value: '5' }]);
  });

  it('accepts an "other" reason with a text', () => {
    const change: ComponentChange = { op: 'insert', table: 'blended', component: aComponent('B1'), reason: { other: 'summer school' } };
    expect(applyChanges(base, [change]).blended).toHaveLength(1);
  });

  it.each<[string, ComponentChange[], RegExp]>([
    ['no change', [], /at least one change/],
    ['deleting a code not in the table', [{ op: 'delete', table: 'recognisedAtHome', code: 'KR501', reason: 'not-available' }], /no component KR501/],
    ['inserting a duplicate code', [{ op: 'insert', table: 'studiedAbroad', component: aComponent('KR501'), reason: 'extending-mobility' }], /already in the table/],
    ['a deletion reason on an insertion', [{ op: 'insert', table: 'virtual', component: aComponent('V'), reason: 'not-available' as never }], /not an EWP reason for an insertion/],
    ['an insertion reason on a deletion', [{ op: 'delete', table: 'studiedAbroad', code: 'KR501', reason: 'extending-mobility' as never }], /not an EWP reason for a deletion/],
    ['an empty "other" reason', [{ op: 'delete', table: 'studiedAbroad', code: 'KR501', reason: { other: ' ' } }], /needs a text/],
    ['an unknown table', [{ op: 'delete', table: 'tableZ' as never, code: 'KR501', reason: 'not-available' }], /no such component table/],
  ])('CTI-LA-3: refuses %s as invalid', (_, changes, message) => {
    expect(() => applyChanges(base, changes)).toThrow(expect.objectContaining({ kind: 'invalid', ruleId: 'CTI-LA-3', message: expect.stringMatching(message) }));
  });

  it('CTI-LA-3: says in French which change is refused, beside its field in the request', () => {
    const changes: ComponentChange[] = [
      { op: 'delete', table: 'studiedAbroad', code: 'KR501', reason: 'not-available' },
      { op: 'delete', table: 'studiedAbroad', code: 'KR999', reason: 'not-available' },
    ];
    const french = 'modification 2 (delete dans studiedAbroad) : aucune composante KR999 à supprimer';
    expect(() => applyChanges(base, changes)).toThrow(
      expect.objectContaining({ said: expect.objectContaining({ fr: french }), fields: [{ field: 'changes.1.code', said: expect.objectContaining({ fr: french }) }] }),
    );
  });
});
