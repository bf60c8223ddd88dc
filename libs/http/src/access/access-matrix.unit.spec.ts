import { ACCESS_MATRIX, AccessAction } from './access-matrix';
import { decideAccess } from './decide-access';

const actions = Object.keys(ACCESS_MATRIX) as AccessAction[];
const reads = (action: AccessAction) => /read|list|diploma-supplement|cohort/.test(action);

describe('the access matrix', () => {
  it('lets auditors read and never write', () => {
    expect(actions.filter((action) => !reads(action) && ACCESS_MATRIX[action].cells.auditor !== 'never')).toEqual([]);
  });

  it('never lets an admin sign, reject or record a transcript for a party (LA-PARTY)', () => {
    for (const action of ['agreement.sign', 'agreement.reject', 'recognition.record-transcript'] as const) {
      expect(decideAccess(action, 'admin', 'own')).toBe('forbid');
    }
  });

  it('hides a private resource from whoever may not read it, and refuses plainly whoever may', () => {
    expect(decideAccess('agreement.sign', 'student', 'other')).toBe('hide');
    expect(decideAccess('agreement.sign', 'auditor', 'own')).toBe('forbid');
    expect(decideAccess('student.record-support', 'student', 'own')).toBe('forbid');
    expect(decideAccess('student.read', 'receiving', 'own')).toBe('hide');
    expect(decideAccess('school.configure', 'student', 'other')).toBe('forbid');
  });
});
