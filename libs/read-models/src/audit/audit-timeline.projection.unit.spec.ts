import type { AgreementCommand } from '@app/domain';
import {
  approvalCommands,
  command,
  proposeCommand,
  receivingStaff,
  rejectAmendmentCommand,
  sendingStaff,
  signAmendmentCommand,
  student,
  HASH_V1,
  HASH_V2,
  LATER,
  MOBILITY_ID,
} from '@app/domain/testing';
import { projectInMemory } from '../projection';
import { recordedAgreement } from '../testing';
import { AUDIT_TIMELINE, auditTimelineProjection } from './audit-timeline.projection';

const departBefore = command('RecordDeparture', sendingStaff, { date: '2026-01-10' });
const story: AgreementCommand[] = [
  ...approvalCommands(),
  proposeCommand(),
  ...[student, sendingStaff, receivingStaff].map((by) => signAmendmentCommand(by)),
  proposeCommand(student, [{ op: 'delete', table: 'studiedAbroad', code: 'KR630', reason: 'not-available' }]),
  rejectAmendmentCommand(sendingStaff, 'KR630 clashes with the thesis'),
  command('RecordDeparture', student, { date: '2026-03-01' }, LATER),
  command('RecordReturn', sendingStaff, { date: '2026-03-09' }, LATER),
];

const rowsOf = (commands: AgreementCommand[]) => projectInMemory(auditTimelineProjection, recordedAgreement(commands))[AUDIT_TIMELINE];

describe('audit_timeline projection', () => {
  it('LA-STUDENT: names the student fields an amendment changes, never their values', () => {
    const renamed = command('ProposeAmendment', student, { changes: [], studentChanges: { familyName: 'Karamazov', email: 'ivan.k@example.com' } }, LATER);
    const rows = rowsOf([...approvalCommands(), renamed]);
    expect(rows.at(-1)!.sentence).toBe("The student proposed amendment 1 to version 1, changing the student's family name, email (LA-STUDENT)");
    expect(JSON.stringify(rows)).not.toContain('Karamazov');
  });

  it('tells every event of an agreement in plain words, with actor, version and content hash', () => {
    const rows = rowsOf(story);
    expect(rows.map((row) => row.sentence)).toEqual([
      'The student drafted the learning agreement',
      'The student signed the draft',
      'Sending institution (insa-lyon.fr) signed the draft',
      'Receiving institution (uw.edu.pl) signed the draft',
      'Version 1 in force: the draft signed by the student, the sending and the receiving institutions',
      'The student proposed amendment 1 to version 1',
      'The student signed amendment 1',
      'Sending institution (insa-lyon.fr) signed amendment 1',
      'Receiving institution (uw.edu.pl) signed amendment 1',
      'Version 2 in force: amendment 1 signed by the student, the sending and the receiving institutions',
      'The student proposed amendment 2 to version 2',
      'Sending institution (insa-lyon.fr) rejected amendment 2: KR630 clashes with the thesis; the version in force stays (CTI-LA-3)',
      'The student recorded the departure on 2026-03-01',
      'Sending institution (insa-lyon.fr) recorded the return on 2026-03-09',
    ]);
    expect(rows[3]).toMatchObject({
      mobility_id: MOBILITY_ID,
      revision: 3,
      event_type: 'AgreementSigned',
      actor_id: 'staff-pawel',
      actor_role: 'receiving',
      actor_institution: 'uw.edu.pl',
      version: null,
      content_hash: HASH_V1,
    });
    expect(rows[4]).toMatchObject({ event_type: 'AgreementApproved', version: 1 });
    expect(rows[8]).toMatchObject({ version: null, proposal_number: 1, content_hash: HASH_V2 });
    expect(rows[9]).toMatchObject({ event_type: 'AmendmentApproved', version: 2, proposal_number: 1 });
    expect(rows.every((row) => typeof row.event_hash === 'string' && typeof row.previous_hash === 'string')).toBe(true);
  });

  it('a rejected amendment: the trail says the proposal was signed and rejected, never that a version came into force (CTI-LA-3)', () => {
    const rows = rowsOf([...approvalCommands(), proposeCommand(), signAmendmentCommand(student), signAmendmentCommand(sendingStaff), rejectAmendmentCommand()]);
    const sentences = rows.slice(5).map((row) => [row.sentence, row.sentence_fr]);
    expect(sentences).toEqual([
      ['The student proposed amendment 1 to version 1', "L'étudiant a proposé l'avenant 1 à la version 1"],
      ['The student signed amendment 1', "L'étudiant a signé l'avenant 1"],
      ['Sending institution (insa-lyon.fr) signed amendment 1', "L'établissement d'origine (insa-lyon.fr) a signé l'avenant 1"],
      [
        'Receiving institution (uw.edu.pl) rejected amendment 1: KR630 is full; the version in force stays (CTI-LA-3)',
        "L'établissement d'accueil (uw.edu.pl) a refusé l'avenant 1 : KR630 is full ; la version en vigueur demeure (CTI-LA-3)",
      ],
    ]);
    expect(rows.slice(5).every((row) => row.version === null)).toBe(true);
    expect(JSON.stringify(rows)).not.toMatch(/version 2/i);
  });

  it('tells every event in French as well, a version only for a version in force', () => {
    const rows = rowsOf(story);
    expect(rows.map((row) => row.sentence_fr)).toEqual([
      "L'étudiant a rédigé le contrat d'études",
      "L'étudiant a signé le brouillon",
      "L'établissement d'origine (insa-lyon.fr) a signé le brouillon",
      "L'établissement d'accueil (uw.edu.pl) a signé le brouillon",
      "Version 1 en vigueur : le brouillon signé par l'étudiant, l'établissement d'origine et l'établissement d'accueil",
      "L'étudiant a proposé l'avenant 1 à la version 1",
      "L'étudiant a signé l'avenant 1",
      "L'établissement d'origine (insa-lyon.fr) a signé l'avenant 1",
      "L'établissement d'accueil (uw.edu.pl) a signé l'avenant 1",
      "Version 2 en vigueur : avenant 1 signé par l'étudiant, l'établissement d'origine et l'établissement d'accueil",
      "L'étudiant a proposé l'avenant 2 à la version 2",
      "L'établissement d'origine (insa-lyon.fr) a refusé l'avenant 2 : KR630 clashes with the thesis ; la version en vigueur demeure (CTI-LA-3)",
      "L'étudiant a enregistré le départ le 2026-03-01",
      "L'établissement d'origine (insa-lyon.fr) a enregistré le retour le 2026-03-09",
    ]);
  });

  it('records a departure before version 1 as a CTI-LA-1 finding', () => {
    const rows = rowsOf([approvalCommands()[0], departBefore]);
    expect(rows[1].sentence).toBe(
      'Sending institution (insa-lyon.fr) recorded the departure on 2026-01-10, before version 1 came into force (finding CTI-LA-1)',
    );
  });

  it('gives the same rows when every event is delivered twice', () => {
    const events = recordedAgreement(story);
    const twice = events.flatMap((event) => [event, event]);
    expect(projectInMemory(auditTimelineProjection, twice)).toEqual(projectInMemory(auditTimelineProjection, events));
    expect(projectInMemory(auditTimelineProjection, [...events, ...events])).toEqual(projectInMemory(auditTimelineProjection, events));
  });

  it('ignores streams other than agreements', () => {
    const [drafted] = recordedAgreement(story);
    const elsewhere = { ...drafted, streamId: 'student-acc-ivan' };
    expect(projectInMemory(auditTimelineProjection, [elsewhere])[AUDIT_TIMELINE]).toEqual([]);
  });
});
