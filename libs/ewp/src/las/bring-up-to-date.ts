import type { AgreementCommand, AgreementState } from '@app/domain';
import { ImportRound, LocalFields, importRounds } from './import-rounds';
import { Importer, nextImportCommand } from './import-plan';
import { EwpLearningAgreement } from './la-document';

/** Far more than a document needs (draft, 3 signatures or reports, 2 amendments of 3): a guard against a loop. */
const MAX_COMMANDS = 16;

const localFieldsOf = (state: AgreementState): LocalFields | undefined => {
  const content = state.current?.content;
  return content && {
    accountId: content.student.accountId,
    mobilityType: content.mobilityType,
    track: content.track,
    stay: content.stay,
    activity: content.activity,
  };
};

/**
 * Issues, one at a time and each on the state it left, the commands that bring the
 * agreement to what the document shows, as far as `importer` may take it (its own party's
 * signature, the partner's reports of the others: LA-REPORT); `step` runs one and answers the
 * state after it. The same loop serves a dry run in memory (so a document the domain refuses
 * writes nothing) and the run against the store, whose handler answers the state it appended to.
 */
export async function bringUpToDate(
  la: EwpLearningAgreement,
  from: AgreementState,
  importer: Importer,
  step: (command: AgreementCommand, state: AgreementState) => Promise<AgreementState>,
): Promise<{ commands: number; state: AgreementState }> {
  let state = from;
  const rounds: ImportRound[] = importRounds(la, localFieldsOf(state));
  for (let count = 0; count < MAX_COMMANDS; count += 1) {
    const command = nextImportCommand(la, rounds, state, importer);
    if (!command) return { commands: count, state };
    state = await step(command, state);
  }
  throw new Error(`importing mobility ${la.omobilityId} did not settle after ${MAX_COMMANDS} commands`);
}
