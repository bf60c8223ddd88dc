import { AgreementContent, Component, ComponentTable } from '../agreement/agreement.content';
import { convertToEcts } from '../credits/convert-credit';
import { convertGrade } from '../credits/grade-conversion';
import { TranscriptData, TranscriptLine } from './recognition.commands';
import { ComponentOutcome, CreditsRecognised, HomeUnitOutcome, UnplannedOutcome } from './recognition.events';
import { doubleDegreeMention } from './double-degree';

/** Where the student follows components at the host: table A, and the virtual, blended and doctoral tables. */
export const HOST_TABLES: readonly ComponentTable[] = ['studiedAbroad', 'virtual', 'blended', 'doctoral'];

export const hostComponents = (content: AgreementContent): { table: ComponentTable; component: Component }[] =>
  HOST_TABLES.flatMap((table) => content[table].map((component) => ({ table, component })));

/** A passed line's ECTS with the rule used (CTI-REC-3), and its grade as the home school reads it. */
const converted = (line: TranscriptLine, data: TranscriptData): Pick<ComponentOutcome, 'conversion' | 'grade'> => {
  if (line.result !== 'passed') return {};
  const homeTable = data.homeGradeDistributions?.[data.agreement.content.iscedFCode];
  return {
    conversion: convertToEcts(line.credits, data.conversionRules, data.hostFullLoad),
    ...(line.localGrade !== undefined && { grade: convertGrade(line.localGrade, line.hostGradeDistribution, homeTable) }),
  };
};

const outcomeOf = (table: ComponentTable, { code, title }: Component, line: TranscriptLine | undefined, data: TranscriptData): ComponentOutcome => {
  if (!line) return { code, title, table, result: 'missing' };
  const reason = line.creditsDifferenceReason?.trim();
  return {
    code,
    title,
    table,
    result: line.result,
    credits: line.credits,
    ...(line.localGrade !== undefined && { localGrade: line.localGrade }),
    ...converted(line, data),
    ...(reason && { creditsDifferenceReason: reason }),
  };
};

/** REC-UNPLANNED: kept with its reason and converted like any line, for the sending institution to decide on. */
const unplannedOf = (line: TranscriptLine & { unplanned: NonNullable<TranscriptLine['unplanned']> }, data: TranscriptData): UnplannedOutcome => {
  const title = line.unplanned.title?.trim();
  return {
    code: line.code,
    ...(title && { title }),
    result: line.result,
    credits: line.credits,
    reason: line.unplanned.reason.trim(),
    ...(line.localGrade !== undefined && { localGrade: line.localGrade }),
    ...converted(line, data),
  };
};

const homeUnitOf = ({ code, title, credits, recognitionConditions }: Component): HomeUnitOutcome => ({
  code,
  title,
  credits,
  ...(recognitionConditions !== undefined && { recognitionConditions }),
});

/** CTI-REC-1: what the transcript earns, computed without anyone typing a number in. */
export const recognitionOutcome = (data: TranscriptData & { mobilityId: string }, transcriptVersion: number, at: string): CreditsRecognised => {
  const { content, versionNumber } = data.agreement;
  const mention = doubleDegreeMention(content, data.partnerDegree);
  const planned = data.components.filter((line) => !line.unplanned);
  const unplanned = data.components.flatMap((line) => (line.unplanned ? [unplannedOf({ ...line, unplanned: line.unplanned }, data)] : []));
  return {
    type: 'CreditsRecognised',
    data: {
      mobilityId: data.mobilityId,
      transcriptVersion,
      agreementVersion: versionNumber,
      components: hostComponents(content).map(({ table, component }) =>
        outcomeOf(table, component, planned.find(({ code }) => code === component.code), data),
      ),
      homeUnits: content.recognisedAtHome.map(homeUnitOf),
      ...(unplanned.length > 0 && { unplanned }),
      ...(mention && { doubleDegree: mention }),
      at,
    },
  };
};
