import { recognitionStreamId, schoolStreamId, studentStreamId } from '@app/domain';
import { line, recognitionCommand, recognitionHistory, transcriptData } from '@app/domain/recognition/testing';
import { regulations, schoolCommand } from '@app/domain/school/school.fixtures';
import { schoolDecider } from '@app/domain';
import { aProfile, schoolStaff, studentCommand, studentHistory } from '@app/domain/student/student.fixtures';
import { approvalCommands, proposeCommand, receivingStaff, sendingStaff, signAmendmentCommand, student } from '@app/domain/testing';
import { DocumentProjection, projectInMemory } from '../projection';
import { ProjectionRunner } from '../runner';
import { StoreKind, StoresUnderTest, agreementEventsToAppend, eventsToAppend, eventually, storesUnderTest } from '../testing';
import { agreementFactsProjection } from './agreement-facts.projection';
import { schoolSettingsProjection } from './school-settings.projection';
import { studentRecordsProjection } from './student-records.projection';

const MOBILITIES = ['d0c5d0c5-0000-4000-8000-000000000001', 'd0c5d0c5-0000-4000-8000-000000000002'];
const DOCUMENT_PROJECTIONS: DocumentProjection[] = [agreementFactsProjection, studentRecordsProjection, schoolSettingsProjection];
const amendment = [proposeCommand(), ...[student, sendingStaff, receivingStaff].map((by) => signAmendmentCommand(by))];
const transcript = (mobilityId: string) =>
  recognitionHistory(recognitionCommand('RecordTranscript', receivingStaff, transcriptData([line('KR501', '7.5'), line('KR502B', '7.5', 'failed')]))).map(
    (event) => ({ ...event, data: { ...event.data, mobilityId } }),
  );

describe.each<StoreKind>(['sqlite', 'postgres'])('document projections on %s (agreement_facts, student_records, school_settings)', (kind) => {
  let stores: StoresUnderTest;
  beforeEach(async () => (stores = await storesUnderTest(kind)));
  afterEach(() => stores.dispose());

  /** Agreements, their amendment and transcript, a student record and school settings, interleaved across streams. */
  async function appendStories(): Promise<bigint> {
    const append = (streamId: string, events: ReturnType<typeof eventsToAppend>) =>
      stores.events.appendToStream(streamId, events, { expectedRevision: 'any' });
    for (const id of MOBILITIES) await append(`agreement-${id}`, agreementEventsToAppend(approvalCommands(), id));
    await append(studentStreamId('acc-ivan'), eventsToAppend(studentHistory(studentCommand('RecordProfile', schoolStaff, { profile: aProfile() }))));
    const withAmendment = agreementEventsToAppend([...approvalCommands(), ...amendment], MOBILITIES[0]).slice(4);
    await append(`agreement-${MOBILITIES[0]}`, withAmendment);
    await append(recognitionStreamId(MOBILITIES[1]), eventsToAppend(transcript(MOBILITIES[1])));
    const settings = schoolDecider.decide(schoolCommand('ConfigureStudyRegulations', schoolStaff, { regulations: regulations() }), schoolDecider.initialState());
    await append(schoolStreamId('insa-lyon.fr'), eventsToAppend(settings));
    const last = await append(
      studentStreamId('acc-ivan'),
      eventsToAppend(
        studentHistory(
          studentCommand('RecordProfile', schoolStaff, { profile: aProfile() }),
          studentCommand('GrantDerogation', schoolStaff, { reason: 'medical', decidedBy: 'jury' }),
        ).slice(1),
      ),
    );
    return last.position;
  }
  const tables = () => Promise.all(DOCUMENT_PROJECTIONS.map((p) => stores.projections.select(p, p.table.name)));

  it('rebuilds from zero to exactly the documents of live processing, and of the pure projection', async () => {
    const runner = new ProjectionRunner(stores.events, stores.projections, DOCUMENT_PROJECTIONS);
    await runner.start();
    const last = await appendStories();
    await eventually(async () => (await Promise.all(DOCUMENT_PROJECTIONS.map((p) => stores.projections.checkpointOf(p.name)))).every((c) => c === last));
    const live = await tables();
    expect(live.map((rows) => rows.length)).toEqual([2, 1, 1]);
    expect(JSON.parse(String(live[0][0].document)).facts).toMatchObject({ versionInForce: 2, modifiedAfterApproval: true });
    expect(JSON.parse(String(live[0][1].document)).facts.recognition).toMatchObject({ recognisedEcts: '7.5', failedComponents: 2 }); // KR502B failed, CS101 missing

    for (const projection of DOCUMENT_PROJECTIONS) await runner.rebuild(projection.name);
    expect(await tables()).toEqual(live);
    await runner.stop();
    const log = await stores.events.readAll();
    expect(DOCUMENT_PROJECTIONS.map((p) => projectInMemory(p, log)[p.table.name])).toEqual(live);
  });

  it('changes nothing when the log is delivered again, whole or in part', async () => {
    const runner = new ProjectionRunner(stores.events, stores.projections, DOCUMENT_PROJECTIONS);
    for (const projection of DOCUMENT_PROJECTIONS) await stores.projections.prepare(projection);
    const last = await appendStories();
    await runner.catchUp();
    const before = await tables();
    const log = await stores.events.readAll();
    for (const projection of DOCUMENT_PROJECTIONS) {
      const again = await stores.projections.applyBatch(projection, { after: 'start', events: log });
      const tail = await stores.projections.applyBatch(projection, { after: log[3].position, events: log.slice(4) });
      expect([again, tail]).toEqual([
        { applied: 0, checkpoint: last, stale: false },
        { applied: 0, checkpoint: last, stale: false },
      ]);
    }
    expect(await tables()).toEqual(before);
  });
});
