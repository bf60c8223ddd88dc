import type { AgreementContent, ComponentChange } from '@app/domain';
import { COMPONENT_TABLES } from '@app/domain';
import { AgreementContentDto, ComponentChangeDto, ComponentDto } from './dto';

/** Plain data for the domain: no class instances, no undefined fields (they would change the hash). */
function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

export function toContent(dto: AgreementContentDto): AgreementContent {
  const tables = Object.fromEntries(COMPONENT_TABLES.map((table) => [table, dto[table] ?? []]));
  return plain({ ...dto, ...tables }) as AgreementContent;
}

export function toChanges(changes: ComponentChangeDto[]): ComponentChange[] {
  return changes.map((change) => {
    const reason = change.reason ?? { other: change.otherReason! };
    return plain(
      change.op === 'insert'
        ? { op: 'insert', table: change.table, component: change.component as ComponentDto, reason }
        : { op: 'delete', table: change.table, code: change.code!, reason },
    ) as ComponentChange;
  });
}
