import { HostedLearningAgreements } from './hosted-learning-agreements';

const caller = { keyId: 'k', heiIds: ['uw.edu.pl'], requestId: 'r', signature: 's' };

describe('the agreements this host serves to partners', () => {
  it('fails a get when the store fails, rather than leaving the agreement out (which a partner reads as deleted)', async () => {
    const store = { readStream: async () => Promise.reject(new Error('the database does not answer')) };
    const identity = { serves: () => true };
    const las = new HostedLearningAgreements(store as never, {} as never, {} as never, {} as never, identity as never);
    await expect(las.get(caller, 'insa-lyon.fr', ['m-1'])).rejects.toThrow('the database does not answer');
  });
});
