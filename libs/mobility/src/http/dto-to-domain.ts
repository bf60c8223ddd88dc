import type { FieldGradeDistribution, StayRef } from '@app/domain';
import { plainData as plain } from '@app/http';
import { GradeDistributionDto, StayRefDto } from './dto';

export const toGradeDistribution = (iscedFCode: string, dto: GradeDistributionDto): FieldGradeDistribution =>
  plain({ iscedFCode, grades: dto.grades, ...(dto.referenceYears && { referenceYears: dto.referenceYears }) });

/** The domain refuses a reference naming both or neither (STUDENT-STAY). */
export const toStayRef = (dto: StayRefDto): StayRef => plain(dto) as StayRef;
