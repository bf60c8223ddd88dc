import { Controller, Headers, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@app/domain';
import { Access, CurrentActor, IdParam, requestContext } from '@app/http';
import { EraseStudentData } from '../application/erase-student-data.command';
import { ErasureView } from '../read/erasure-view';
import { ErasureResponse } from './responses/erasure.response';

@ApiTags('students')
@ApiBearerAuth()
@Controller('students/:studentId')
export class StudentErasureController {
  constructor(private readonly commands: CommandBus) {}

  @Access('student.erase')
  @Post('erasure')
  @HttpCode(200)
  @ApiOperation({
    summary: "Erase the student's personal data (admins): their key is deleted; names, email and birth date read as erased from then on",
  })
  @ApiOkResponse({ type: ErasureResponse })
  erase(@IdParam('studentId') studentId: string, @CurrentActor() actor: Actor, @Headers() headers: Record<string, string>): Promise<ErasureView> {
    return this.commands.execute(new EraseStudentData(studentId, requestContext(actor, 'EraseStudentData', headers)));
  }
}
