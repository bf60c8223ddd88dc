import { randomUUID } from 'node:crypto';
import { Actor, AgreementCommand, AgreementEvent, agreementDecider, agreementStreamId, stampEvents } from '@app/domain';
import { aContent } from '@app/domain/testing';
import { EventStore, EventToAppend, personalDataOf } from '@app/event-store';

/** The partners the seeded agreements go to, so that a school's incoming list is a fraction of the log. */
export const LOAD_PARTNERS = ['uw.edu.pl', 'uni-heidelberg.de', 'kth.se', 'unibo.it', 'uc3m.es'] as const;
export const LOAD_SCHOOL = 'insa-lyon.fr';

export const loadStudent = (index: number): Actor => ({
  id: `acc-load-${index}`,
  role: 'student',
  name: `Student${index} Load`,
  email: `student${index}@load.example`,
});
export const loadSending: Actor = { id: 'staff-load-sending', role: 'sending', institution: LOAD_SCHOOL, name: 'Load Sending' };
export const loadReceiving = (heiId: string): Actor => ({ id: `staff-load-${heiId}`, role: 'receiving', institution: heiId, name: `Load ${heiId}` });

export interface SeededAgreement {
  mobilityId: string;
  studentIndex: number;
  receiving: string;
}

/**
 * One agreement drafted by its student and signed by the three parties (5 events), decided by
 * the agreement decider, sealed and chained as a command handler does, and appended at once:
 * the seed goes through the store, not HTTP, so that 100,000 agreements take minutes.
 */
async function seedOne(store: EventStore, studentIndex: number, now: string): Promise<SeededAgreement> {
  const mobilityId = randomUUID();
  const student = loadStudent(studentIndex);
  const receiving = LOAD_PARTNERS[studentIndex % LOAD_PARTNERS.length];
  const base = aContent();
  const content = aContent({
    student: { ...base.student, accountId: student.id, givenNames: `Student${studentIndex}`, familyName: 'Load', email: student.email! },
    receivingInstitution: { heiId: receiving, organisationalUnit: 'Faculty' },
  });
  const commandOf = (type: AgreementCommand['type'], actor: Actor, data: object) =>
    ({ type, data: { mobilityId, ...data }, metadata: { actor, now } }) as AgreementCommand;
  let state = agreementDecider.initialState();
  const toAppend: EventToAppend[] = [];
  const steps: Array<(hash: string) => AgreementCommand> = [
    () => commandOf('DraftAgreement', student, { content }),
    (hash) => commandOf('SignAgreement', student, { contentHash: hash }),
    (hash) => commandOf('SignAgreement', loadSending, { contentHash: hash }),
    (hash) => commandOf('SignAgreement', loadReceiving(receiving), { contentHash: hash }),
  ];
  for (const [index, step] of steps.entries()) {
    const decided: AgreementEvent[] = agreementDecider.decide(step(state.current?.contentHash ?? ''), state);
    state = decided.reduce(agreementDecider.evolve, state);
    const sealed = (await personalDataOf(store)?.seal(decided)) ?? decided;
    const previousHash = toAppend.at(-1)?.metadata?.hash as string | undefined;
    const origin = { actor: (step('') as AgreementCommand).metadata.actor, correlationId: `load-${mobilityId}`, causationId: `load-${index}` };
    toAppend.push(...stampEvents(sealed, { streamId: agreementStreamId(mobilityId), firstRevision: BigInt(toAppend.length), previousHash }, origin));
  }
  await store.appendToStream(agreementStreamId(mobilityId), toAppend, { expectedRevision: 'no_stream' });
  return { mobilityId, studentIndex, receiving };
}

/** `count` agreements, `concurrency` at a time, numbered from `firstStudent`. */
export async function seedAgreements(
  store: EventStore,
  { count, firstStudent = 0, concurrency = 8, now = new Date().toISOString() }: { count: number; firstStudent?: number; concurrency?: number; now?: string },
): Promise<SeededAgreement[]> {
  const seeded: SeededAgreement[] = [];
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const index = firstStudent + next;
      next += 1;
      seeded.push(await seedOne(store, index, now));
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return seeded;
}
