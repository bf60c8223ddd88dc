/**
 * What a query asks of the read models before it reads them: to have taken in what was
 * appended so far. The in-process runner reads the log up to its end; a feed fed by the
 * broker waits, within a bound, for what the broker holds.
 */
export abstract class ProjectionFeed {
  abstract catchUp(...projectionNames: string[]): Promise<void>;
  /** Lets go of the log or the broker once the work in flight is done. */
  abstract stop(): Promise<void>;
}
