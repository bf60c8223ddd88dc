import { recomputedContentHash } from '../agreement/content-hash';
import { compareDecimals, isDecimal } from '../credits/decimal';
import { GradeDistribution } from '../credits/grade-conversion';
import { invalid } from '../errors';
import { TranscriptData } from './recognition.commands';

const RESULTS = ['passed', 'failed', 'not-taken'];
const isAmount = (value: unknown): boolean => isDecimal(value) && compareDecimals(value, '0') >= 0;

const tableProblems = (table: GradeDistribution | undefined, at: string): string[] =>
  (table ?? []).flatMap(({ grade, percentage }, index) =>
    !grade?.trim() || !isAmount(percentage) ? [`${at}[${index}] needs a grade and a decimal percentage`] : [],
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
    throw invalid(`the agreement snapshot's hash ${agreement.contentHash} commits to the student's erased data: it cannot be checked`, 'CTI-LA-4');
  }
  if (recomputed !== agreement.contentHash) {
    throw invalid(`the agreement snapshot does not match its content hash ${agreement.contentHash}`, 'CTI-LA-4');
  }
  const seen = new Set<string>();
  if (!Array.isArray(data.components)) throw invalid('malformed transcript: components must be a list', 'REC-TRANSCRIPT');
  const problems = data.components.flatMap((line, index) => {
    const at = `components[${index}] (${line.code})`;
    const lineProblems: string[] = [];
    if (seen.has(line.code)) lineProblems.push(`${at}: appears twice`);
    seen.add(line.code);
    if (!line.credits?.scheme?.trim()) lineProblems.push(`${at}: credit scheme is empty`);
    if (!isAmount(line.credits?.value)) lineProblems.push(`${at}: credits "${line.credits?.value}" are not a decimal string`);
    if (!RESULTS.includes(line.result)) lineProblems.push(`${at}: result must be one of ${RESULTS.join(', ')}`);
    return [...lineProblems, ...tableProblems(line.hostGradeDistribution, `${at}.hostGradeDistribution`)];
  });
  for (const [scheme, load] of Object.entries(data.hostFullLoad ?? {})) {
    if (!isAmount(load) || compareDecimals(load, '0') === 0) problems.push(`hostFullLoad.${scheme} must be a positive decimal`);
  }
  for (const [field, table] of Object.entries(data.homeGradeDistributions ?? {})) {
    problems.push(...tableProblems(table, `homeGradeDistributions.${field}`));
  }
  if (problems.length > 0) throw invalid(`malformed transcript: ${problems.join('; ')}`, 'REC-TRANSCRIPT');
};
