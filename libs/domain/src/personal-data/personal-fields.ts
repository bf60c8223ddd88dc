/** What a student's personal field reads as once their key is deleted. */
export const ERASED = '[erased]';

/** A personal value in an event's data: whose it is, where, and what it reads as once erased. */
export type PersonalField = { subjectId: string; path: (string | number)[]; erased: string | null };

type Path = (string | number)[];
type Node = Record<string, unknown>;

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);
const named = (node: Node, subjectId: string, path: Path, keys: readonly string[], erased: string | null): PersonalField[] =>
  keys.filter((key) => node[key] !== undefined).map((key) => ({ subjectId, path: [...path, key], erased }));

/** The fields of an agreement's student block that are personal data: sealed in events, committed to under a key in the content hash. */
export const STUDENT_PERSONAL_FIELDS = ['givenNames', 'familyName', 'email', 'birthDate'] as const;

/** The agreement content's student block: names, email and birth date, under the student's account id. */
function studentBlock(node: Node, path: Path): PersonalField[] {
  const student = node.student;
  if (!isNode(student) || typeof student.accountId !== 'string' || student.accountId === '') return [];
  const at = [...path, 'student'];
  return [...named(student, student.accountId, at, ['givenNames', 'familyName', 'email'], ERASED), ...named(student, student.accountId, at, ['birthDate'], null)];
}

/**
 * The student's data an amendment proposes (LA-STUDENT), beside the content whose student it
 * changes: sealed under that student's account id, as the content's own block is.
 */
function proposedStudentData(node: Node, path: Path): PersonalField[] {
  const changes = node.studentChanges;
  const content = node.content;
  if (!isNode(changes) || !isNode(content) || !isNode(content.student)) return [];
  const accountId = content.student.accountId;
  if (typeof accountId !== 'string' || accountId === '') return [];
  const at = [...path, 'studentChanges'];
  return [...named(changes, accountId, at, ['givenNames', 'familyName', 'email'], ERASED), ...named(changes, accountId, at, ['birthDate'], null)];
}

/** The student's own name and email as a signer or recorder: a signature, an act, a record the student made. */
function studentSigner(node: Node, path: Path): PersonalField[] {
  if (node.party !== 'student' && node.role !== 'student') return [];
  return ['by', 'signer'].flatMap((key) => {
    const signer = node[key];
    if (!isNode(signer) || typeof signer.id !== 'string' || signer.id === '') return [];
    return named(signer, signer.id, [...path, key], ['name', 'email'], ERASED);
  });
}

/**
 * SURVEY-ONCE: a student's answers to the survey, under their id, in the event and in a folded
 * record alike: each answer's value (a rating reads as null once erased, a text as the marker).
 * The first version of SurveyAnswered, as stored, held them as fields of `answers`.
 */
function surveyAnswers(node: Node, path: Path): PersonalField[] {
  const answers = node.answers;
  if (typeof node.moment !== 'string' || typeof node.mobilityId !== 'string') return [];
  if (typeof node.studentId !== 'string' || node.studentId === '') return [];
  const at = [...path, 'answers'];
  if (Array.isArray(answers)) {
    return answers.flatMap((answer, index) =>
      isNode(answer) && answer.value !== undefined ? [{ subjectId: node.studentId as string, path: [...at, index, 'value'], erased: answer.kind === 'rating' ? null : ERASED }] : [],
    );
  }
  if (!isNode(answers)) return [];
  return [...named(answers, node.studentId, at, ['preparation', 'stay', 'recognition'], null), ...named(answers, node.studentId, at, ['comments'], ERASED)];
}

function walk(value: unknown, path: Path): PersonalField[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => walk(item, [...path, index]));
  if (!isNode(value)) return [];
  const here = [...studentBlock(value, path), ...proposedStudentData(value, path), ...studentSigner(value, path), ...surveyAnswers(value, path)];
  return [...here, ...Object.entries(value).flatMap(([key, child]) => (key === 'student' ? [] : walk(child, [...path, key])))];
}

/**
 * The personal fields of a student in any event: the agreement content's student block, the
 * student's data an amendment proposes, and the student's name and email wherever they sign or record. Found from what stays in
 * clear (account ids, parties, roles), so the same walk finds them sealed and unsealed.
 */
export const personalFieldsOf = (event: { type: string; data: unknown }): PersonalField[] => walk(event.data, []);

/**
 * A copy of a read model's value (a folded state, a document) with one student's personal
 * fields read as erased: what a projection does when StudentDataErased reaches it.
 */
export function redactStudent<Value>(value: Value, studentId: string): Value {
  const fields = walk(value, []).filter((field) => field.subjectId === studentId);
  if (fields.length === 0) return value;
  const copy = structuredClone(value);
  for (const { path, erased } of fields) {
    const parent = path.slice(0, -1).reduce<unknown>((node, step) => (node as Record<string | number, unknown>)[step], copy);
    (parent as Record<string | number, unknown>)[path[path.length - 1]] = erased;
  }
  return copy;
}

/** "Family, Given" as lists sort by it; one marker once the student's data was erased. */
export const studentName = ({ familyName, givenNames }: { familyName: string; givenNames: string }): string =>
  familyName === ERASED || givenNames === ERASED ? ERASED : `${familyName}, ${givenNames}`;
