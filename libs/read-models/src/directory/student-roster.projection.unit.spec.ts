import type { RecordedEvent } from '@app/event-store';
import { documentsInMemory, projectInMemory } from '../projection';
import { recordedStream } from '../testing';
import { RosterDocument, STUDENT_ROSTER, studentRosterProjection } from './student-roster.projection';

const by = { id: 'staff-anders', role: 'sending', institution: 'insa-lyon.fr' };
const at = '2026-01-15T09:00:00.000Z';
const profile = (schoolId: string) => ({
  nationality: 'FR', secondaryDiplomaCountry: 'FR', secondaryDiploma: 'french-baccalaureate', cameToFranceToStudy: false,
  track: 'student', schoolId, expectedGraduationYear: 2027,
});
const profiled = (studentId: string, schoolId: string) =>
  ({ type: 'ProfileRecorded', data: { studentId, profile: profile(schoolId), by, role: 'sending', at } });
const erased = (studentId: string) =>
  ({ type: 'StudentDataErased', data: { studentId, mobilityIds: ['mob-1'], by: { id: 'root', role: 'admin' }, role: 'admin', at } });
const derogation = (studentId: string) =>
  ({ type: 'DerogationGranted', data: { studentId, reason: 'medical', decidedBy: 'jury', by, role: 'sending', at } });

const documentsOf = (events: RecordedEvent[]): Record<string, RosterDocument> => documentsInMemory(studentRosterProjection, events);

describe('student_roster projection', () => {
  it("keeps the school of the student's profile, one document per student stream", () => {
    const ivan = recordedStream('student-acc-ivan', [profiled('acc-ivan', 'insa-lyon.fr')], 1n);
    const lena = recordedStream('student-acc-lena', [profiled('acc-lena', 'other.fr')], 10n);
    expect(documentsOf([...ivan, ...lena])).toEqual({
      'acc-ivan': { schoolId: 'insa-lyon.fr', erased: false },
      'acc-lena': { schoolId: 'other.fr', erased: false },
    });
    expect(projectInMemory(studentRosterProjection, [...ivan, ...lena])[STUDENT_ROSTER].map((row) => [row.key, row.school_id])).toEqual([
      ['acc-ivan', 'insa-lyon.fr'],
      ['acc-lena', 'other.fr'],
    ]);
  });

  it('moves the student to the school of a profile recorded again', () => {
    const events = recordedStream('student-acc-ivan', [profiled('acc-ivan', 'insa-lyon.fr'), profiled('acc-ivan', 'other.fr')]);
    expect(documentsOf(events)).toEqual({ 'acc-ivan': { schoolId: 'other.fr', erased: false } });
  });

  it('marks an erased student and keeps their school, so the directory can leave them out of it', () => {
    const events = recordedStream('student-acc-ivan', [profiled('acc-ivan', 'insa-lyon.fr'), erased('acc-ivan')]);
    expect(documentsOf(events)).toEqual({ 'acc-ivan': { schoolId: 'insa-lyon.fr', erased: true } });
  });

  it('opens a document with no school for a student whose stream has no profile yet, and leaves it by other student events', () => {
    expect(documentsOf(recordedStream('student-acc-ivan', [derogation('acc-ivan')]))).toEqual({ 'acc-ivan': { schoolId: null, erased: false } });
    const events = recordedStream('student-acc-ivan', [profiled('acc-ivan', 'insa-lyon.fr'), derogation('acc-ivan')]);
    expect(documentsOf(events)).toEqual({ 'acc-ivan': { schoolId: 'insa-lyon.fr', erased: false } });
  });

  it('ignores the events of other streams, even of a type it reads', () => {
    const partnership = recordedStream('partnership-insa-lyon.fr+uw.edu.pl', [
      { type: 'PartnerRecorded', data: { partnershipId: 'insa-lyon.fr+uw.edu.pl', schoolId: 'insa-lyon.fr', partner: { id: 'uw.edu.pl', kind: 'institution' }, by, at } },
    ], 1n);
    const notAStudent = recordedStream('institution-uw.edu.pl', [profiled('acc-ivan', 'insa-lyon.fr')], 5n);
    expect(documentsOf([...partnership, ...notAStudent])).toEqual({});
  });
});
