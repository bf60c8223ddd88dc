import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Actor, DiplomaSupplementEntry, diplomaSupplementEntry } from '@app/domain';
import { EventStore, InjectEventStore } from '@app/event-store';
import { AgreementSummaries } from '@app/kernel';
import { loadRecognition } from '../read/load-recognition';

export interface DiplomaSupplementView {
  studentId: string;
  /** CTI-REC-4: each mobility with its recognised credits; CTI-DD-1: double degrees here, never in the title. */
  mobilities: DiplomaSupplementEntry[];
}

export class GetDiplomaSupplement {
  constructor(
    readonly studentId: string,
    readonly actor: Actor,
  ) {}
}

@QueryHandler(GetDiplomaSupplement)
export class GetDiplomaSupplementHandler implements IQueryHandler<GetDiplomaSupplement, DiplomaSupplementView> {
  constructor(
    @InjectEventStore() private readonly store: EventStore,
    private readonly summaries: AgreementSummaries,
  ) {}

  /** Only the agreements the actor may read are listed, so nobody learns of another party's students. */
  async execute({ studentId, actor }: GetDiplomaSupplement): Promise<DiplomaSupplementView> {
    const agreements = await this.summaries.list(actor, { student: studentId });
    const entries = await Promise.all(
      agreements.map(async ({ mobilityId }) => diplomaSupplementEntry(await loadRecognition(this.store, mobilityId))),
    );
    return {
      studentId,
      mobilities: entries.filter((entry): entry is DiplomaSupplementEntry => entry !== undefined).sort((a, b) => a.from.localeCompare(b.from)),
    };
  }
}
