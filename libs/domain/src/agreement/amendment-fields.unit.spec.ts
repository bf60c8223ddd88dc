import { aComponent, aContent } from '../testing';
import { changeFieldOf } from './amendment-fields';
import { ComponentChange } from './amendment.changes';
import { applyChanges } from './apply-changes';

describe('the fields of a proposed content, named as the amendment names them (CTI-LA-3)', () => {
  const changes: ComponentChange[] = [
    { op: 'insert', table: 'virtual', component: aComponent('V1', '3'), reason: 'adding-virtual-component' },
    { op: 'delete', table: 'studiedAbroad', code: 'KR502B', reason: 'not-available' },
    { op: 'insert', table: 'studiedAbroad', component: aComponent('KR510', '7.5'), reason: 'substituting-deleted' },
  ];
  const content = applyChanges(aContent(), changes);
  const rowOf = (table: 'virtual' | 'studiedAbroad', code: string) => content[table].findIndex((row) => row.code === code);

  it('names a row an insertion added by that change and its component field', () => {
    expect(changeFieldOf(changes, content, `content.studiedAbroad.${rowOf('studiedAbroad', 'KR510')}.credits`)).toBe('changes.2.component.credits');
    expect(changeFieldOf(changes, content, `content.virtual.${rowOf('virtual', 'V1')}.term`)).toBe('changes.0.component.term');
    expect(changeFieldOf(changes, content, `content.virtual.${rowOf('virtual', 'V1')}`)).toBe('changes.0.component');
  });

  it('keeps the content path of what no change gave: a row of the version in force, the student, the stay', () => {
    const kept = `content.studiedAbroad.${rowOf('studiedAbroad', 'KR501')}.title`;
    expect(changeFieldOf(changes, content, kept)).toBe(kept);
    expect(changeFieldOf(changes, content, 'content.student.birthDate')).toBe('content.student.birthDate');
    expect(changeFieldOf(changes, content, 'content.plannedEnd')).toBe('content.plannedEnd');
  });

  it('names the insertion that stands last when a code is deleted and inserted again', () => {
    const again: ComponentChange[] = [...changes, { op: 'delete', table: 'studiedAbroad', code: 'KR510', reason: 'not-available' }, { ...changes[2] }];
    const replaced = applyChanges(aContent(), again);
    const row = replaced.studiedAbroad.findIndex(({ code }) => code === 'KR510');
    expect(changeFieldOf(again, replaced, `content.studiedAbroad.${row}.code`)).toBe('changes.4.component.code');
  });
});
