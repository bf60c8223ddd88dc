import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { Actor } from '@app/domain';
import { EventStore, InjectEventStore } from '@app/event-store';
import { assertSchoolAccess } from '../access/access-table';
import { loadSchoolSettings } from '../read/load-school-settings';
import { SchoolSettingsView, toSchoolSettingsView } from '../read/school-settings-view';

export class GetSchoolSettings {
  constructor(
    readonly schoolId: string,
    readonly actor: Actor,
  ) {}
}

@QueryHandler(GetSchoolSettings)
export class GetSchoolSettingsHandler implements IQueryHandler<GetSchoolSettings, SchoolSettingsView> {
  constructor(@InjectEventStore() private readonly store: EventStore) {}

  async execute({ schoolId, actor }: GetSchoolSettings): Promise<SchoolSettingsView> {
    assertSchoolAccess('read-regulations', actor, schoolId);
    return toSchoolSettingsView(schoolId, await loadSchoolSettings(this.store, schoolId));
  }
}
