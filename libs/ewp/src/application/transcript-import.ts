import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Actor, Component, RecognitionState, invalid, recognitionDecider } from '@app/domain';
import { EventStore, InjectEventStore } from '@app/event-store';
import { requestContext } from '@app/http';
import { Clock, InjectClock } from '@app/kernel';
import { DecideRecognition, loadRecognition, loadRecognitionContext, transcriptCommand } from '@app/recognition';
import { ewpRefusal } from '../ewp-refusal-words';
import { Tor, TorLine, readTorsResponse } from '../tors/tor-xml';
import { EwpSchemaValidator } from '../validation/ewp-schema-validator';

export type ImportedTranscript = { omobilityId: string; transcripts: number; recognisedEcts: string };

const RESULTS = { passed: 'passed', failed: 'failed', 'in-progress': 'not-taken' } as const;

/** The transcript line of one ELMO learning opportunity, named by the agreement's component code where the los-id says which. */
const lineOf = (line: TorLine, tor: Tor, components: Component[]) => {
  const losId = line.identifiers['ewp-los-id'];
  const component = components.find((candidate) => losId !== undefined && candidate.losId === losId);
  const code = component?.code ?? line.identifiers.local ?? losId ?? Object.values(line.identifiers)[0];
  const credits = line.credit ?? component?.credits[0];
  if (!code || !credits) throw invalid(ewpRefusal('transcriptLineUnnamed', tor.omobilityId), 'EWP-SCHEMA');
  const table = line.iscedCode ? tor.gradeTables[line.iscedCode] : undefined;
  return {
    code,
    credits,
    result: RESULTS[line.status],
    ...(line.resultLabel && { localGrade: line.resultLabel }),
    ...(table && { hostGradeDistribution: table }),
  };
};

/**
 * A partner's `imobility-tors-get-response` (EMREX ELMO inside), recorded through the
 * recognition commands: the same events as a transcript sent as JSON, grade tables included.
 */
@Injectable()
export class TranscriptImport {
  constructor(
    @InjectEventStore() private readonly store: EventStore,
    private readonly commands: CommandBus,
    private readonly validator: EwpSchemaValidator,
    @InjectClock() private readonly clock: Clock,
  ) {}

  async import(xml: string, actor: Actor, headers: Record<string, string>): Promise<ImportedTranscript[]> {
    await this.validator.assertValid('imobility-tors-get-response', xml);
    const metadata = { actor, now: this.clock.now().toISOString() };
    // Every transcript of the document is decided in memory first: a refusal writes nothing.
    const builders = [];
    for (const tor of readTorsResponse(xml)) {
      const context = await loadRecognitionContext(this.store, tor.omobilityId);
      const components = context.snapshot?.content.studiedAbroad ?? [];
      const build = transcriptCommand(tor.omobilityId, { components: tor.lines.map((line) => lineOf(line, tor, components)) }, metadata);
      const state = await loadRecognition(this.store, tor.omobilityId);
      recognitionDecider.decide(build(context, state), state);
      builders.push({ omobilityId: tor.omobilityId, build });
    }
    const request = requestContext(actor, 'ewp-transcript-import', headers);
    const imported: ImportedTranscript[] = [];
    for (const { omobilityId, build } of builders) {
      const { state } = await this.commands.execute<DecideRecognition, { state: RecognitionState }>(new DecideRecognition(omobilityId, build, request));
      imported.push({ omobilityId, transcripts: state.transcripts.length, recognisedEcts: state.recognisedEcts });
    }
    return imported;
  }
}
