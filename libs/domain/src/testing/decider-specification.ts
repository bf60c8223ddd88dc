import { deepStrictEqual, fail, ok } from 'node:assert';
import { Decider } from '../decider';
import { DomainError, DomainErrorKind } from '../errors';

export type ExpectedRefusal = { kind: DomainErrorKind; ruleId?: string; message?: RegExp };

/**
 * Given events / when command / then events, as Emmett's DeciderSpecification. Framework-free
 * (node:assert) so that any test runner, and any library's tests, can use it.
 */
export const deciderSpecification =
  <Command, State, Event>(decider: Decider<Command, State, Event>) =>
  (given: Event[] = []) => ({
    when: (command: Command) => {
      const stateBefore = given.reduce(decider.evolve, decider.initialState());
      const decide = (): Event[] => decider.decide(command, stateBefore);
      return {
        /** The exact events decided, or a check over them. */
        then: (expected: Event[] | ((events: Event[]) => void)): Event[] => {
          const events = decide();
          if (typeof expected === 'function') expected(events);
          else deepStrictEqual(events, expected);
          return events;
        },
        thenNothingHappens: (): void => deepStrictEqual(decide(), []),
        /** The state after folding the given and the decided events. */
        thenState: (check: (state: State, events: Event[]) => void): void => {
          const events = decide();
          check(events.reduce(decider.evolve, stateBefore), events);
        },
        thenThrows: ({ kind, ruleId, message }: ExpectedRefusal): DomainError => {
          let events: Event[];
          try {
            events = decide();
          } catch (error) {
            ok(error instanceof DomainError, `expected a DomainError, got ${String(error)}`);
            deepStrictEqual({ kind: error.kind, ruleId: error.ruleId }, { kind, ruleId }, error.message);
            if (message) ok(message.test(error.message), `"${error.message}" does not match ${message}`);
            return error;
          }
          return fail(`expected a refusal of kind ${kind}${ruleId ? ` (${ruleId})` : ''}, got ${JSON.stringify(events)}`);
        },
      };
    },
  });

/** Runs commands one after the other to build a history: the `given` of later tests. */
export const historyOf = <Command, State, Event>(decider: Decider<Command, State, Event>, commands: Command[]): Event[] => {
  let state = decider.initialState();
  return commands.flatMap((command) => {
    const events = decider.decide(command, state);
    state = events.reduce(decider.evolve, state);
    return events;
  });
};

export const stateOf = <Command, State, Event>(decider: Decider<Command, State, Event>, events: Event[]): State =>
  events.reduce(decider.evolve, decider.initialState());
