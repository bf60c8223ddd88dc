import { invalid } from './errors';

/**
 * The refusal of a command type no decider knows. It stays in English alone, for the logs: the
 * edge builds each command from a route or an import of its own, so no reader ever asks for an
 * unknown one, and its answer would only tell of a defect of the ledger itself.
 */
export const unknownCommandType = (type: never): never => {
  throw invalid(`unknown command ${String(type)}`);
};

/**
 * The default branch of a decider's switch over its commands. `command` is `never` once every
 * type of the union has its case, so a command added without one does not compile. A command
 * that escaped the types at run time (a message, a stored request) is refused as malformed.
 */
export const unknownCommand = (command: never): never => unknownCommandType((command as { type: string }).type as never);

/**
 * The default branch of an `evolve` switch over its events: an event added to the union
 * without a case does not compile. At run time an event of a later release leaves the state
 * as it was, so a stream a newer version wrote still loads.
 */
export const laterEvent = <State>(_event: never, state: State): State => state;
