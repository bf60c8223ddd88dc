import type { RecognitionCommand, RecognitionState } from '@app/domain';
import type { RequestContext } from '@app/http';
import type { RecognitionContext } from './recognition-context';

/** Builds the command once the agreement in force, the school's settings and the recognition so far are known. */
export type RecognitionCommandBuilder = (context: RecognitionContext, state: RecognitionState) => RecognitionCommand;

export class DecideRecognition {
  constructor(
    readonly mobilityId: string,
    readonly build: RecognitionCommandBuilder,
    readonly request: RequestContext,
  ) {}
}
