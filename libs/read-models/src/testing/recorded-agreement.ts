import { AgreementCommand, AgreementEvent, agreementDecider, agreementStreamId, stampEvents } from '@app/domain';
import { MOBILITY_ID } from '@app/domain/testing';
import type { EventToAppend, RecordedEvent } from '@app/event-store';

/**
 * The events the commands decide, stamped as the agreements module stamps them (actor of
 * the command, hash chain), ready to append to a real store.
 */
export function agreementEventsToAppend(commands: readonly AgreementCommand[], mobilityId = MOBILITY_ID): EventToAppend[] {
  const streamId = agreementStreamId(mobilityId);
  let state = agreementDecider.initialState();
  const stamped: EventToAppend[] = [];
  for (const command of commands) {
    const decided = agreementDecider.decide(withMobility(command, mobilityId), state);
    state = decided.reduce(agreementDecider.evolve, state);
    const origin = { actor: command.metadata.actor, correlationId: 'fixture', causationId: `fixture-${stamped.length}` };
    const previousHash = stamped.at(-1)?.metadata?.hash as string | undefined;
    stamped.push(...stampEvents(decided, { streamId, firstRevision: BigInt(stamped.length), previousHash }, origin));
  }
  return stamped;
}

/** The same events as a store would record them, at consecutive global positions. */
export function recordedAgreement(commands: readonly AgreementCommand[], mobilityId = MOBILITY_ID, firstPosition = 1n): RecordedEvent[] {
  return agreementEventsToAppend(commands, mobilityId).map((event, index) => ({
    id: `00000000-0000-4000-8000-${String(firstPosition + BigInt(index)).padStart(12, '0')}`,
    type: event.type,
    schemaVersion: 1,
    streamId: agreementStreamId(mobilityId),
    revision: BigInt(index),
    position: firstPosition + BigInt(index),
    data: event.data as AgreementEvent['data'],
    metadata: event.metadata!,
    recordedAt: new Date(Date.UTC(2026, 0, 15, 9, 0, index)),
  }));
}

const withMobility = (command: AgreementCommand, mobilityId: string): AgreementCommand =>
  ({ ...command, data: { ...command.data, mobilityId } }) as AgreementCommand;
