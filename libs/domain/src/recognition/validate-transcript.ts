import { recomputedContentHash } from '../agreement/content-hash';
import { compareDecimals, isDecimal } from '../credits/decimal';
import { GradeDistribution } from '../credits/grade-conversion';
import { FieldRefusal, invalid } from '../errors';
import { problemsTogether } from '../problems-together';
import { refusal, Said } from '../refusals';
import { TranscriptData } from './recognition.commands';

const RESULTS = ['passed', 'failed', 'not-taken'];
const isAmount = (value: unknown): boolean => isDecimal(value) && compareDecimals(value, '0') >= 0;

const tableProblems = (table: GradeDistribution | undefined, at: string, path: string): FieldRefusal[] =>
  (table ?? []).flatMap(({ grade, percentage }, index) =>
    !grade?.trim() || !isAmount(percentage) ? [{ field: `${path}.${index}`, said: refusal('gradeTableRow', `${at}[${index}]`) }] : [],
  );

/**
 * REC-TRANSCRIPT: each line names a code once, with decimal credits and a known result. The
 * snapshot must be the version it claims to be (CTI-LA-4), as the outcome is read from it.
 * What the lines say against the agreement is checked next (transcript-lines.ts).
 */
export const assertValidTranscript = (data: TranscriptData): void => {
  const { agreement } = data;
  const recomputed = recomputedContentHash(agreement, data.contentHashKey);
  if (recomputed === undefined) {
    throw invalid(refusal('snapshotHashErased', agreement.contentHash), 'CTI-LA-4');
  }
  if (recomputed !== agreement.contentHash) {
    throw invalid(refusal('snapshotHashMismatch', agreement.contentHash), 'CTI-LA-4');
  }
  const seen = new Set<string>();
  if (!Array.isArray(data.components)) throw invalid(refusal('componentsNotAList'), 'REC-TRANSCRIPT', [{ field: 'components', said: refusal('componentsNotAList') }]);
  const problems = data.components.flatMap((line, index) => {
    const at = `components[${index}] (${line.code})`;
    const of = (field: string, said: Said): FieldRefusal => ({ field: `components.${index}.${field}`, said });
    const lineProblems: FieldRefusal[] = [];
    if (seen.has(line.code)) lineProblems.push(of('code', refusal('lineTwice', at)));
    seen.add(line.code);
    if (!line.credits?.scheme?.trim()) lineProblems.push(of('credits.scheme', refusal('lineSchemeEmpty', at)));
    if (!isAmount(line.credits?.value)) lineProblems.push(of('credits.value', refusal('lineCreditsNotDecimal', at, line.credits?.value)));
    if (!RESULTS.includes(line.result)) lineProblems.push(of('result', refusal('lineResult', at, RESULTS)));
    return [...lineProblems, ...tableProblems(line.hostGradeDistribution, `${at}.hostGradeDistribution`, `components.${index}.hostGradeDistribution`)];
  });
  for (const [scheme, load] of Object.entries(data.hostFullLoad ?? {})) {
    if (!isAmount(load) || compareDecimals(load, '0') === 0) problems.push({ field: 'hostFullLoads', said: refusal('hostFullLoad', scheme) });
  }
  for (const [field, table] of Object.entries(data.homeGradeDistributions ?? {})) {
    problems.push(...tableProblems(table, `homeGradeDistributions.${field}`, `homeGradeDistributions.${field}`));
  }
  if (problems.length > 0) throw invalid(problemsTogether(problems, (words, said) => words.malformedTranscript(said)), 'REC-TRANSCRIPT', problems);
};
