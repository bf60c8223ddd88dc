import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import type { Actor } from '@app/domain';
import { Access, CurrentActor } from '@app/http';
import { ListStudents, StudentDirectoryLine } from '../queries/list-students.query';
import { StudentDirectoryResponse } from './responses/student-directory.response';

export class StudentDirectoryQueryDto {
  @ApiPropertyOptional({ example: 'sidorov', description: 'Words of the name or the student number (account id), accents ignored' })
  @IsOptional() @IsString() @MaxLength(200)
  q?: string;
}

@ApiTags('students')
@ApiBearerAuth()
@Controller('students')
export class StudentDirectoryController {
  constructor(private readonly queries: QueryBus) {}

  @Access('student.list')
  @Get()
  @ApiOperation({ summary: 'The students of the agreements the caller may read, by name or student number (school staff, auditors, admins)' })
  @ApiOkResponse({ type: StudentDirectoryResponse })
  list(@Query() query: StudentDirectoryQueryDto, @CurrentActor() actor: Actor): Promise<{ students: StudentDirectoryLine[] }> {
    return this.queries.execute(new ListStudents(actor, query.q));
  }
}
