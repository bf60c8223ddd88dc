import { Inject, Injectable } from '@nestjs/common';
import { RosterEntry, StudentRoster } from '@app/kernel';
import { ProjectionFeed } from '../feed/projection-feed';
import { PROJECTION_STORE } from '../nest/read-models.tokens';
import type { Where } from '../projection';
import { type ProjectionStore, findDocuments } from '../store';
import { STUDENT_ROSTER, studentRosterProjection } from './student-roster.projection';

/** The roster from `student_roster`, caught up first, read through its school index or its keys. */
@Injectable()
export class ProjectedStudentRoster extends StudentRoster {
  constructor(
    @Inject(PROJECTION_STORE) private readonly store: ProjectionStore,
    private readonly feed: ProjectionFeed,
  ) {
    super();
  }

  async atSchool(schoolId?: string): Promise<RosterEntry[]> {
    const entries = await this.read(schoolId === undefined ? {} : { school_id: schoolId });
    return entries.filter((entry) => entry.schoolId !== null);
  }

  async find(studentIds: string[]): Promise<RosterEntry[]> {
    return studentIds.length === 0 ? [] : this.read({ key: studentIds });
  }

  private async read(where: Where): Promise<RosterEntry[]> {
    await this.feed.catchUp(STUDENT_ROSTER);
    return (await findDocuments(this.store, studentRosterProjection, where)).map(({ key, document }) => ({ studentId: key, ...document }));
  }
}
