/** A semester of the demo stories: fall from mid-September, spring from mid-February. */
export interface Semester {
  academicYear: string;
  start: string;
  end: string;
}

const DAY = 24 * 60 * 60 * 1000;

export const addDays = (moment: Date, days: number): Date => new Date(moment.getTime() + days * DAY);

/** A moment on a calendar day, at an hour of the office's working day (UTC). */
export const on = (isoDate: string, hour = 10): Date => new Date(`${isoDate}T${String(hour).padStart(2, '0')}:00:00Z`);

export const dayOf = (moment: Date): string => moment.toISOString().slice(0, 10);

function semestersAround(year: number): Semester[] {
  return [year - 2, year - 1, year, year + 1].flatMap((y) => [
    { academicYear: `${y - 1}/${y}`, start: `${y}-02-16`, end: `${y}-06-30` },
    { academicYear: `${y}/${y + 1}`, start: `${y}-09-14`, end: `${y + 1}-01-31` },
  ]);
}

/**
 * The semesters the stories happen in, from today: the last one whose students are back
 * with their transcripts (ended more than 40 days ago), and the next one to start, whose
 * agreements are being signed now. Two academic years, whatever the day the seed runs.
 */
export function demoCalendar(today: Date): { past: Semester; next: Semester } {
  const semesters = semestersAround(today.getUTCFullYear());
  const past = semesters.filter((semester) => addDays(on(semester.end), 40) < today).at(-1)!;
  const next = semesters.find((semester) => on(semester.start) > today)!;
  return { past, next };
}
