import type { GradeShare } from '@app/domain';
import { XmlNode, attribute, child, children, parseXml, text } from '../xml/xml-codec';

/** One learning opportunity of an EWP transcript, as the ledger's transcript line needs it. */
export type TorLine = {
  /** The host's identifiers of the course: `ewp-los-id` and any other type (e.g. `local`). */
  identifiers: Record<string, string>;
  iscedCode?: string;
  credit?: { scheme: string; value: string };
  resultLabel?: string;
  /** ELMO: absent means passed. */
  status: 'passed' | 'failed' | 'in-progress';
};

export type Tor = { omobilityId: string; lines: TorLine[]; gradeTables: Record<string, GradeShare[]> };

const identifiersOf = (node: XmlNode): Record<string, string> =>
  Object.fromEntries(children(node, 'identifier').map((id) => [attribute(id, 'type') ?? '', String(id['#text'] ?? '')]));

/** Every learning opportunity of the report, including those nested as parts of a programme. */
const opportunities = (node: XmlNode): XmlNode[] =>
  children(node, 'learningOpportunitySpecification').flatMap((los) => [
    los,
    ...children(los, 'hasPart').flatMap((part) => opportunities(part)),
  ]);

const readLine = (los: XmlNode): TorLine | undefined => {
  const instance = child(child(los, 'specifies'), 'learningOpportunityInstance');
  if (!instance) return undefined;
  const credit = children(instance, 'credit')[0];
  return {
    identifiers: identifiersOf(los),
    iscedCode: text(los, 'iscedCode'),
    ...(credit && { credit: { scheme: (text(credit, 'scheme') ?? '').toLowerCase(), value: text(credit, 'value') ?? '' } }),
    resultLabel: text(instance, 'resultLabel'),
    status: (text(instance, 'status') as TorLine['status'] | undefined) ?? 'passed',
  };
};

/** The transcripts of an `imobility-tors-get-response` the schema has validated. */
export const readTorsResponse = (xml: string): Tor[] => {
  const response = child(parseXml(xml), 'imobility-tors-get-response');
  return children(response, 'tor').map((tor) => {
    const reports = children(child(tor, 'elmo'), 'report');
    const tables = children(child(tor, 'gradeConversionTable'), 'iscedTable');
    return {
      omobilityId: text(tor, 'omobility-id') ?? '',
      lines: reports.flatMap((report) => opportunities(report).flatMap((los) => readLine(los) ?? [])),
      gradeTables: Object.fromEntries(
        tables.map((table) => [
          attribute(table, 'iscedCode') ?? '',
          children(table, 'gradeFrequency').map((grade) => ({ grade: attribute(grade, 'label') ?? '', percentage: attribute(grade, 'percentage') ?? '' })),
        ]),
      ),
    };
  });
};
