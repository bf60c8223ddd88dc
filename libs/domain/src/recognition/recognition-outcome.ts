import { AgreementContent, Component, ComponentTable } from '../agreement/agreement.content';
import { convertToEcts } from '../credits/convert-credit';
import { convertGrade } from '../credits/grade-conversion';
import { TranscriptData, TranscriptLine } from './recognition.commands';
import { ComponentOutcome, CreditsRecognised, HomeUnitOutcome } from './recognition.events';
import { doubleDegreeMention } from './double-degree';

/** Where the student follows components at the host: table A, and the virtual, blended and doctoral tables. */
export const HOST_TABLES: readonly ComponentTable[] = ['studiedAbroad', 'virtual', 'blended', 'doctoral'];

export const hostComponents = (content: AgreementContent): { table: ComponentTable; component: Component }[] =>
  HOST_TABLES.flatMap((table) => content[table].map((component) => ({ table, component })));

const outcomeOf = (table: ComponentTable, { code, title }: Component, line: TranscriptLine | undefined, data: TranscriptData): ComponentOutcome => {
  if (!line) return { code, title, table, result: 'missing' };
  const base = { code, title, table, result: line.result, credits: line.credits, ...(line.localGrade !== undefined && { localGrade: line.localGrade }) };
  if (line.result !== 'passed') return base;
  const homeTable = data.homeGradeDistributions?.[data.agreement.content.iscedFCode];
  return {
    ...base,
    conversion: convertToEcts(line.credits, data.conversionRules, data.hostFullLoad),
    ...(line.localGrade !== undefined && { grade: convertGrade(line.localGrade, line.hostGradeDistribution, homeTable) }),
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
  return {
    type: 'CreditsRecognised',
    data: {
      mobilityId: data.mobilityId,
      transcriptVersion,
      agreementVersion: versionNumber,
      components: hostComponents(content).map(({ table, component }) =>
        outcomeOf(table, component, data.components.find(({ code }) => code === component.code), data),
      ),
      homeUnits: content.recognisedAtHome.map(homeUnitOf),
      ...(mention && { doubleDegree: mention }),
      at,
    },
  };
};
