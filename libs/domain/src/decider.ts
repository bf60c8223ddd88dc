/**
 * Emmett's decider shape: pure and synchronous, so a handler can load a stream, fold it
 * with `evolve`, `decide`, and append; and a test can say given events / when command /
 * then events. `decide` throws a `DomainError` when it refuses the command.
 */
export type Decider<Command, State, Event> = {
  decide(command: Command, state: State): Event[];
  evolve(state: State, event: Event): State;
  initialState(): State;
  /** A stored event in the shape `evolve` reads, when its type was stored in older shapes. */
  upcast?(stored: { type: string; data: unknown; schemaVersion?: number }): Event;
};
