import type { AgreementContent, ComponentChange, MinorFields, StudentChanges } from '@app/domain';
import { COMPONENT_TABLES } from '@app/domain';
import { plainData as plain } from '@app/http';
import { AgreementContentDto, ComponentChangeDto, ComponentDto, MinorFieldsDto, StudentChangesDto } from './dto';


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

export const toStudentChanges = (student: StudentChangesDto): StudentChanges => plain(student) as StudentChanges;

export const toMinorFields = (changes: MinorFieldsDto): MinorFields => plain(changes) as MinorFields;
