import type { ConversionRule, FieldGradeDistribution, StayRef } from '@app/domain';
import { plainData as plain } from '@app/http';
import { GradeDistributionDto, SchoolConversionRuleDto, StayRefDto } from './dto';

export const toConversionRule = (scheme: string, dto: SchoolConversionRuleDto): ConversionRule => {
  const rounding = dto.rounding ?? 'none';
  return dto.kind === 'factor'
    ? plain({ scheme, kind: 'factor', factor: dto.factor ?? '', divisor: dto.divisor, rounding, source: dto.source })
    : plain({ scheme, kind: 'full-load', ectsPerFullLoad: dto.ectsPerFullLoad ?? '', rounding, source: dto.source });
};

export const toGradeDistribution = (iscedFCode: string, dto: GradeDistributionDto): FieldGradeDistribution =>
  plain({ iscedFCode, grades: dto.grades, ...(dto.referenceYears && { referenceYears: dto.referenceYears }) });

/** The domain refuses a reference naming both or neither (STUDENT-STAY). */
export const toStayRef = (dto: StayRefDto): StayRef => plain(dto) as StayRef;
