import { Injectable } from '@nestjs/common';
import { AgreementSummaries } from '@app/kernel';
import { Actor, agreementStreamId } from '@app/domain';
import { EventStore, InjectEventStore, RecordedEvent } from '@app/event-store';
import { SYSTEM_READER } from '../read/find-agreements';

/** Whether the student acted on this agreement with their own account: drafted, signed, proposed, recorded. */
export const studentActedOn = (events: readonly Pick<RecordedEvent, 'metadata'>[], studentId: string): boolean =>
  events.some(({ metadata }) => {
    const actor = metadata.actor as Partial<Actor> | undefined;
    return actor?.role === 'student' && actor.id === studentId;
  });

/**
 * The school a student's record belongs to, as the access table needs it. Once a profile is
 * recorded, the profile's school: only its staff (and admins) change it, and a move to another
 * school is an admin's act (the decider's STUDENT-ACTOR). Before, never the school a request
 * names, or whoever came first would own the student: a school's staff relate to the student
 * only if the ledger shows the student chose that school, by an agreement naming it as the
 * sending institution on which the student acted with their own account. An agreement a school
 * drafted alone, or imported, proves nothing the school did not say itself. Admins attach
 * any student, such as one who never goes abroad.
 */
@Injectable()
export class StudentSchools {
  constructor(
    @InjectEventStore() private readonly store: EventStore,
    private readonly summaries: AgreementSummaries,
  ) {}

  async schoolOf(actor: Actor, studentId: string, profileSchool: string | undefined): Promise<string | undefined> {
    if (profileSchool !== undefined) return profileSchool;
    if (actor.role !== 'sending' || !actor.institution) return undefined;
    return (await this.chosenBy(studentId, actor.institution)) ? actor.institution : undefined;
  }

  /**
   * The school a student reads as theirs (the partners they may pick a host among): the
   * profile's, else the one sending institution of the agreements they acted on, else of the
   * agreements naming them (one their school prepared for them). Agreements naming several
   * schools name none: the student's school is then for the school office to record.
   */
  async schoolOfStudent(studentId: string, profileSchool: string | undefined): Promise<string | undefined> {
    if (profileSchool !== undefined) return profileSchool;
    const agreements = (await this.summaries.list(SYSTEM_READER, { student: studentId })).filter(({ status }) => status !== 'deleted');
    const acted: string[] = [];
    for (const { mobilityId, sendingInstitution } of agreements) {
      if (studentActedOn(await this.store.readStream(agreementStreamId(mobilityId)), studentId)) acted.push(sendingInstitution);
    }
    const only = (schools: string[]) => (new Set(schools).size === 1 ? schools[0] : undefined);
    return acted.length > 0 ? only(acted) : only(agreements.map(({ sendingInstitution }) => sendingInstitution));
  }

  private async chosenBy(studentId: string, school: string): Promise<boolean> {
    const agreements = await this.summaries.list(SYSTEM_READER, { student: studentId });
    for (const { mobilityId, sendingInstitution, status } of agreements) {
      if (sendingInstitution !== school || status === 'deleted') continue;
      if (studentActedOn(await this.store.readStream(agreementStreamId(mobilityId)), studentId)) return true;
    }
    return false;
  }
}
