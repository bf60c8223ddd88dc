import * as domain from '.';

describe('@app/domain public API', () => {
  it('offers the decider, the hash, the helpers and the errors, and nothing from testing', () => {
    expect(Object.keys(domain)).toEqual(
      expect.arrayContaining([
        'agreementDecider',
        'decideAgreement',
        'evolveAgreement',
        'initialAgreementState',
        'contentHash',
        'canonicalJson',
        'applyChanges',
        'agreementStreamId',
        'DomainError',
        'AgreementRules',
      ]),
    );
    expect(Object.keys(domain)).not.toContain('deciderSpecification');
  });
});
