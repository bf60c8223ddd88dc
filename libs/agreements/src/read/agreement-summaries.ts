import { Injectable } from '@nestjs/common';
import {
  Actor,
  AgreementEvent,
  AgreementState,
  agreementDecider,
  mobilityIdOf,
  nextSigner,
  redactStudent,
  studentIdOf,
  studentName,
  versionInForce,
} from '@app/domain';
import { EventStore, InjectEventStore, asDomainEvent } from '@app/event-store';
import { allows } from '@app/http';
import { agreementRelationOf } from './agreement-relation';

export interface AgreementSummary {
  mobilityId: string;
  status: AgreementState['status'];
  studentAccountId: string;
  studentName: string;
  sendingInstitution: string;
  receivingInstitution: string;
  receivingAcademicYear: string;
  versionInForce: number | null;
  awaiting: string | null;
}

export interface SummaryFilter {
  status?: string;
  student?: string;
  institution?: string;
}

const PAGE_READ = 1000;

/**
 * The agreements list, folded from the global log in memory and brought up to date before
 * each query, so a list read right after a command shows it.
 */
@Injectable()
export class AgreementSummaries {
  private readonly states = new Map<string, AgreementState>();
  private checkpoint: bigint | undefined;
  private catchingUp: Promise<void> = Promise.resolve();

  constructor(@InjectEventStore() private readonly store: EventStore) {}

  async list(actor: Actor, filter: SummaryFilter): Promise<AgreementSummary[]> {
    await this.catchUp();
    return [...this.states.values()]
      // The matrix's read row, item by item: a listing never shows another party's agreement.
      .filter((state) => state.current && allows('agreement.read', actor.role, agreementRelationOf(actor, state.current.content)))
      .map(summarise)
      .filter(
        (s) =>
          (!filter.status || s.status === filter.status) &&
          (!filter.student || s.studentAccountId === filter.student) &&
          (!filter.institution || s.sendingInstitution === filter.institution || s.receivingInstitution === filter.institution),
      )
      .sort((a, b) => a.studentName.localeCompare(b.studentName) || a.mobilityId.localeCompare(b.mobilityId));
  }

  /** States folded before an erasure hold the student's fields as they read then. */
  private redact(studentId: string): void {
    for (const [mobilityId, state] of this.states) this.states.set(mobilityId, redactStudent(state, studentId));
  }

  private catchUp(): Promise<void> {
    this.catchingUp = this.catchingUp.then(() => this.readNewEvents());
    return this.catchingUp;
  }

  private async readNewEvents(): Promise<void> {
    for (;;) {
      const page = await this.store.readAll({ fromPosition: this.checkpoint, maxCount: PAGE_READ + 1 });
      const fresh = this.checkpoint === undefined ? page : page.filter((e) => e.position !== this.checkpoint);
      if (fresh.length === 0) return;
      for (const recorded of fresh) {
        if (recorded.type === 'StudentDataErased') this.redact(studentIdOf(recorded.streamId)!);
        const mobilityId = mobilityIdOf(recorded.streamId);
        if (!mobilityId) continue;
        const state = this.states.get(mobilityId) ?? agreementDecider.initialState();
        this.states.set(mobilityId, agreementDecider.evolve(state, asDomainEvent<AgreementEvent>(recorded)));
      }
      this.checkpoint = fresh[fresh.length - 1].position;
    }
  }
}

function summarise(state: AgreementState): AgreementSummary {
  const content = state.current!.content;
  const round = state.proposal ? state.proposal.signatures : state.signatures;
  const signing = state.status === 'draft' || state.status === 'signing' || state.status === 'amendment-proposed';
  return {
    mobilityId: state.mobilityId!,
    status: state.status,
    studentAccountId: content.student.accountId,
    studentName: studentName(content.student),
    sendingInstitution: content.sendingInstitution.heiId,
    receivingInstitution: content.receivingInstitution.heiId,
    receivingAcademicYear: content.receivingAcademicYear,
    versionInForce: versionInForce(state)?.number ?? null,
    awaiting: signing ? (nextSigner(round) ?? null) : null,
  };
}
