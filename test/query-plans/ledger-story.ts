import { agreementStreamId, recognitionStreamId, schoolDecider, schoolStreamId, studentStreamId } from '@app/domain';
import { line, recognitionCommand, recognitionHistory, transcriptData } from '@app/domain/recognition/testing';
import { regulations, schoolCommand } from '@app/domain/school/school.fixtures';
import { aProfile, schoolStaff, studentCommand, studentHistory } from '@app/domain/student/student.fixtures';
import { approvalCommands, receivingStaff } from '@app/domain/testing';
import type { EventStore } from '@app/event-store';
import { agreementEventsToAppend, eventsToAppend } from '@app/read-models/testing';

export const STORY = {
  school: 'insa-lyon.fr',
  mobilityIds: ['91a40000-0000-4000-8000-000000000001', '91a40000-0000-4000-8000-000000000002'],
};

/**
 * What the reads need to find, recorded through the store as the modules record it: two
 * agreements of one student, his transcript, his record and his school's study regulations.
 */
export async function appendStory(events: EventStore): Promise<void> {
  const append = (streamId: string, batch: ReturnType<typeof eventsToAppend>) => events.appendToStream(streamId, batch, { expectedRevision: 'any' });
  for (const id of STORY.mobilityIds) await append(agreementStreamId(id), agreementEventsToAppend(approvalCommands(), id));
  const transcript = recognitionHistory(
    recognitionCommand('RecordTranscript', receivingStaff, transcriptData([line('KR501', '7.5'), line('KR502B', '7.5', 'failed')])),
  ).map((event) => ({ ...event, data: { ...event.data, mobilityId: STORY.mobilityIds[1] } }));
  await append(recognitionStreamId(STORY.mobilityIds[1]), eventsToAppend(transcript));
  await append(studentStreamId('acc-ivan'), eventsToAppend(studentHistory(studentCommand('RecordProfile', schoolStaff, { profile: aProfile() }))));
  const settings = schoolDecider.decide(schoolCommand('ConfigureStudyRegulations', schoolStaff, { regulations: regulations() }), schoolDecider.initialState());
  await append(schoolStreamId(STORY.school), eventsToAppend(settings));
}
