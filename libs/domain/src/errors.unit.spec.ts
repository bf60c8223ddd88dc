import { DomainError, conflict, forbidden, invalid, isDomainError, notFound, ruleBroken } from './errors';

describe('DomainError', () => {
  it('CTI-LA-4: names the rule first in the message', () => {
    const error = conflict('signature names content hash X but the current version is Y', 'CTI-LA-4');
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ kind: 'conflict', ruleId: 'CTI-LA-4', name: 'DomainError' });
    expect(error.message).toBe('CTI-LA-4: signature names content hash X but the current version is Y');
  });

  it('gives each refusal its kind', () => {
    expect([ruleBroken('CTI-LA-3', 'x'), forbidden('x'), notFound('x'), invalid('x')].map((e) => e.kind)).toEqual([
      'rule',
      'forbidden',
      'not_found',
      'invalid',
    ]);
    expect(notFound('no agreement').message).toBe('no agreement');
  });

  it('tells domain refusals from other errors', () => {
    expect(isDomainError(invalid('x'))).toBe(true);
    expect(isDomainError(new Error('x'))).toBe(false);
  });
});
