import { randomUUID } from 'node:crypto';
import { BenchEvent } from './bench-subject';

/** A credit-recognition event of a realistic size (~300 bytes of JSON). */
export function benchEvent(streamId: string, index: number): BenchEvent {
  return {
    id: randomUUID(),
    type: 'CourseRecognised',
    data: {
      agreementId: streamId,
      studentId: `student-${index % 997}`,
      receivingInstitution: 'Technische Universität München',
      courseCode: `MECH-${300 + (index % 50)}`,
      courseTitle: 'Computational fluid dynamics',
      recognisedEcts: 6,
      grade: { local: '1.7', ects: 'B' },
      lowCarbonTravelDays: index % 3,
    },
    metadata: { correlationId: randomUUID(), causationId: randomUUID(), actor: 'bench' },
  };
}

export function benchBatch(streamId: string, size: number, offset: number): BenchEvent[] {
  return Array.from({ length: size }, (_, i) => benchEvent(streamId, offset + i));
}
