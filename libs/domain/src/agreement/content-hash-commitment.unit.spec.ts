import { createHash, randomBytes } from 'node:crypto';
import { agreementDecider } from './agreement.decider';
import { AgreementEvent } from './agreement.events';
import { AgreementState } from './agreement.state';
import { canonicalJson } from './canonical-json';
import { contentHash, recomputedContentHash, sameContent } from './content-hash';
import { aContent, command, receivingStaff, sendingStaff, student } from '../testing';
import { AgreementCommand } from './agreement.commands';

const KEY = randomBytes(32).toString('hex');
const OTHER_KEY = randomBytes(32).toString('hex');

/** Every birth date of five years, as someone testing guesses against a hash would try them. */
const birthDates = (): string[] => {
  const dates: string[] = [];
  for (let day = new Date('2000-01-01T00:00:00Z'); day < new Date('2005-01-01T00:00:00Z'); day.setUTCDate(day.getUTCDate() + 1)) {
    dates.push(day.toISOString().slice(0, 10));
  }
  return dates;
};

const decideAll = (commands: AgreementCommand[]): { events: AgreementEvent[]; state: AgreementState } => {
  let state = agreementDecider.initialState();
  const events: AgreementEvent[] = [];
  for (const next of commands) {
    const decided = agreementDecider.decide(next, state);
    events.push(...decided);
    state = decided.reduce(agreementDecider.evolve, state);
  }
  return { events, state };
};

describe('content hash scheme 2: keyed commitments to the student’s personal fields (CTI-LA-4)', () => {
  const content = aContent();

  it('CTI-LA-4: is reproducible with the key, and differs from scheme 1 and under another key', () => {
    expect(contentHash(content, KEY)).toBe(contentHash(structuredClone(content), KEY));
    expect(contentHash(content, KEY)).toMatch(/^[0-9a-f]{64}$/);
    expect(contentHash(content, KEY)).not.toBe(contentHash(content));
    expect(contentHash(content, KEY)).not.toBe(contentHash(content, OTHER_KEY));
  });

  it('CTI-LA-4: still binds every field, the personal ones through their commitments', () => {
    const hashes = new Set(
      [
        content,
        aContent({ student: { ...content.student, familyName: 'Karamazov' } }),
        aContent({ student: { ...content.student, givenNames: 'Ivan' } }),
        aContent({ student: { ...content.student, email: 'other@example.com' } }),
        aContent({ student: { ...content.student, birthDate: '2003-05-06' } }),
        aContent({ student: { ...content.student, citizenship: 'NO' } }),
        aContent({ eqfLevel: 6 }),
      ].map((variant) => contentHash(variant, KEY)),
    );
    expect(hashes.size).toBe(7);
  });

  it('without the key, no guess of the names, email and birth date confirms a scheme 2 hash', () => {
    const recorded = contentHash(content, KEY);
    const { givenNames, familyName, email } = content.student;
    expect(birthDates()).toContain(content.student.birthDate);
    const tried = birthDates().flatMap((birthDate) => {
      const guess = aContent({ student: { ...content.student, givenNames, familyName, email, birthDate } });
      // Nor over the values hashed bare: the commitment is keyed, not a plain hash of the value.
      const bare = { ...guess, student: { ...guess.student, birthDate: createHash('sha256').update(canonicalJson(['birthDate', birthDate])).digest('hex') } };
      return [contentHash(guess), contentHash(bare)];
    });
    expect(tried).not.toContain(recorded);
  });

  it('refuses a key that is not 32 bytes of lowercase hex, which would commit under an empty key', () => {
    expect(() => contentHash(content, 'not-hex')).toThrow(TypeError);
    expect(() => contentHash(content, KEY.toUpperCase())).toThrow(TypeError);
  });

  it('recomputes a recorded version by its scheme: scheme 1 from the content, scheme 2 only with the key', () => {
    expect(recomputedContentHash({ content })).toBe(contentHash(content));
    expect(recomputedContentHash({ content, contentHashScheme: 2 }, KEY)).toBe(contentHash(content, KEY));
    expect(recomputedContentHash({ content, contentHashScheme: 2 })).toBeUndefined();
  });

  it('compares contents whatever their hashes', () => {
    expect(sameContent(content, structuredClone(content))).toBe(true);
    expect(sameContent(content, aContent({ eqfLevel: 6 }))).toBe(false);
  });
});

describe('the decider with a content-hash key (CTI-LA-4)', () => {
  const keyed = aContent();
  const draft = command('DraftAgreement', student, { content: keyed, contentHashKey: KEY });

  it('CTI-LA-4: records scheme 2 with the hash, never the key, and every signature binds that hash', () => {
    const hash = contentHash(keyed, KEY);
    const { events, state } = decideAll([draft, ...[student, sendingStaff, receivingStaff].map((by) => command('SignAgreement', by, { contentHash: hash }))]);
    expect(events[0].data).toMatchObject({ contentHash: hash, contentHashScheme: 2 });
    expect(JSON.stringify(events)).not.toContain(KEY);
    const approved = events.find((event) => event.type === 'AgreementApproved')!;
    expect(approved.data).toMatchObject({ contentHash: hash, contentHashScheme: 2 });
    const [version] = state.versions;
    expect(version).toMatchObject({ contentHash: hash, contentHashScheme: 2 });
    expect(version.signatures.map((signature) => signature.contentHash)).toEqual([hash, hash, hash]);
    expect(recomputedContentHash(version, KEY)).toBe(hash);
  });

  it('CTI-LA-4: a signature naming the scheme 1 hash of the same content is refused', () => {
    expect(() => decideAll([draft, command('SignAgreement', student, { contentHash: contentHash(keyed) })])).toThrow(
      expect.objectContaining({ ruleId: 'CTI-LA-4' }),
    );
  });

  it('an edit that leaves a scheme 1 draft as it is changes nothing, with or without a key', () => {
    const { state } = decideAll([command('DraftAgreement', student, { content: keyed })]);
    expect(agreementDecider.decide(command('EditDraft', student, { content: keyed, contentHashKey: KEY }), state)).toEqual([]);
  });

  it('CTI-LA-3: an amendment of a scheme 1 version is hashed with scheme 2, and approved with it', () => {
    const plainHash = contentHash(keyed);
    const approval = [
      command('DraftAgreement', student, { content: keyed }),
      ...[student, sendingStaff, receivingStaff].map((by) => command('SignAgreement', by, { contentHash: plainHash })),
    ];
    const studentChanges = { familyName: 'Karamazov' };
    const proposed = decideAll([...approval, command('ProposeAmendment', student, { changes: [], studentChanges, contentHashKey: KEY })]);
    const proposal = proposed.state.proposal!;
    expect(proposal).toMatchObject({ contentHashScheme: 2, contentHash: contentHash(proposal.content, KEY) });
    const signed = decideAll([
      ...approval,
      command('ProposeAmendment', student, { changes: [], studentChanges, contentHashKey: KEY }),
      ...[student, sendingStaff, receivingStaff].map((by) => command('SignAmendment', by, { contentHash: proposal.contentHash })),
    ]);
    expect(signed.state.versions.map((version) => version.contentHashScheme)).toEqual([undefined, 2]);
    expect(signed.state.versions[0].contentHash).toBe(plainHash);
  });
});
