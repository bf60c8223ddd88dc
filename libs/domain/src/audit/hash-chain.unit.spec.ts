import { ChainedEvent, GENESIS_HASH, eventHash, verifyChain } from './hash-chain';

function chain(count: number): ChainedEvent[] {
  const events: ChainedEvent[] = [];
  let previousHash = GENESIS_HASH;
  for (let n = 0; n < count; n += 1) {
    const event: ChainedEvent = {
      streamId: 'agreement-m1',
      revision: BigInt(n),
      type: 'AgreementSigned',
      schemaVersion: 1,
      data: { n, credits: '7.5' },
      metadata: { actor: { id: 'c1', role: 'sending' }, previousHash },
    };
    previousHash = eventHash(event);
    events.push({ ...event, metadata: { ...event.metadata, hash: previousHash } });
  }
  return events;
}

describe('audit hash chain (CTI-LA-4: what was signed cannot change unseen)', () => {
  it('verifies an untouched stream', () => {
    expect(verifyChain(chain(5))).toMatchObject({ verified: true, events: 5 });
  });

  it('ignores key order, which JSON storage may not keep', () => {
    const [event] = chain(1);
    const reordered = { ...event, data: { credits: '7.5', n: 0 } };
    expect(eventHash(reordered)).toBe(event.metadata.hash);
  });

  it('finds an altered event', () => {
    const events = chain(4);
    events[2] = { ...events[2], data: { n: 2, credits: '30' } };
    expect(verifyChain(events)).toMatchObject({ verified: false, brokenAt: 2n, reason: expect.stringMatching(/altered/) });
  });

  it('finds a removed event and a re-hashed forgery', () => {
    const events = chain(4);
    expect(verifyChain([...events.slice(0, 1), ...events.slice(2)])).toMatchObject({ verified: false, brokenAt: 2n });
    const forged = { ...events[1], data: { n: 1, credits: '60' } };
    forged.metadata = { ...forged.metadata, hash: eventHash(forged) };
    expect(verifyChain([events[0], forged, events[2], events[3]])).toMatchObject({ verified: false, brokenAt: 2n });
  });
});
