import { ApiProperty } from '@nestjs/swagger';
import { Documents } from '@app/http';
import { StudentDirectoryLine } from '../../queries/list-students.query';

/** One student of the directory. */
export class StudentDirectoryLineResponse implements Documents<StudentDirectoryLine, StudentDirectoryLineResponse> {
  @ApiProperty({ example: 'acc-ivan', description: 'The student number: their account id' }) studentId: string;
  @ApiProperty({ type: String, nullable: true, example: 'Sidorov, Ivan', description: '"Family, Given" as their agreements name them; null once erased, or while only their record (profile, stays) is known' })
  name: string | null;
  @ApiProperty({ description: 'Agreements of theirs the caller may read' }) agreements: number;
  @ApiProperty({ description: "Their personal data was erased: found by student number only, never erased again" }) erased: boolean;
}

/** GET /api/students */
export class StudentDirectoryResponse implements Documents<{ students: StudentDirectoryLine[] }, StudentDirectoryResponse> {
  @ApiProperty({ type: [StudentDirectoryLineResponse] }) students: StudentDirectoryLineResponse[];
}
