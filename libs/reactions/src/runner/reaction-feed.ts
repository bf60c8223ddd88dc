/**
 * What feeds the reactions of a process: the log in this process (ReactionRunner, the
 * all-in-one ledger) or the broker (KafkaReactionFeed, the reactions service). One class as
 * the token, so the lifecycle starts and stops whichever the configuration chose.
 */
export abstract class ReactionFeed {
  abstract start(): Promise<void>;
  abstract stop(): Promise<void>;
}
