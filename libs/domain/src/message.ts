/** Events are facts: a past-tense type and the data an audit trail needs. */
export type Event<Type extends string = string, Data = unknown> = Readonly<{
  type: Type;
  data: Readonly<Data>;
}>;

/**
 * Commands are requests the decider may refuse. Metadata carries who acts and when, so the
 * decider never reads a clock or a session and stays pure.
 */
export type Command<Type extends string = string, Data = unknown, Metadata = unknown> = Readonly<{
  type: Type;
  data: Readonly<Data>;
  metadata: Readonly<Metadata>;
}>;
