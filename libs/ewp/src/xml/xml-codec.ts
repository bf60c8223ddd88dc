import { XMLBuilder, XMLParser } from 'fast-xml-parser';
import { invalid } from '@app/domain';
import { ewpRefusal } from '../ewp-refusal-words';

/** A parsed element: child elements by local name, attributes as `@name`, text as `#text`. */
export type XmlNode = { [name: string]: XmlValue };
export type XmlValue = string | XmlNode | XmlValue[] | undefined;

/** Elements EWP and ELMO repeat: always read as lists, even when one occurs. */
const REPEATED = new Set([
  'la', 'component', 'credit', 'signature', 'learningOpportunitySpecification', 'hasPart', 'report', 'tor',
  'partner', 'cooperation-condition', 'iia', 'receiving-academic-year-id', 'subject-area', 'recommended-language-skill',
  'academic-year-la-stats', 'title', 'gradingScheme', 'level', 'attachment', 'isced-f-code', 'hei-id',
]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  // Prefixes differ between partners (la:, req:, trm: or none): the schema has checked the namespaces.
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => REPEATED.has(name),
});

/**
 * EWP documents never declare a DOCTYPE; one that does is refused (400, EWP-XML-DOCTYPE) before
 * any parser reads it, since its entities could name local files or URLs (XXE) or expand
 * without end. Looked for anywhere in the text, comments included: a false alarm costs nothing.
 */
export function assertNoDoctype(xml: string): void {
  if (/<!DOCTYPE/i.test(xml)) throw invalid(ewpRefusal('doctypeDeclared'), 'EWP-XML-DOCTYPE');
}

/** Reads an XML text into nodes; call it on a document the schema validated. */
export const parseXml = (xml: string): XmlNode => {
  assertNoDoctype(xml);
  return parser.parse(xml) as XmlNode;
};

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@', format: true, indentBy: '    ' });

/**
 * Writes nodes as an XML document; keys are written in insertion order, which the schema's
 * sequences fix. Characters XML 1.0 cannot carry (controls but tab and line breaks, lone
 * surrogates, U+FFFE, U+FFFF) become U+FFFD: data recorded before the API refused them still
 * exports, with the loss visible.
 */
export const buildXml = (root: XmlNode): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build(withoutAbsent(root)) as string}`;

const NOT_XML_10 = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** What XML 1.0 can carry of a text. */
export const xmlSafe = (value: string): string => value.replace(NOT_XML_10, '\ufffd');

const withoutAbsent = (value: XmlValue): XmlValue => {
  if (typeof value === 'string') return xmlSafe(value);
  if (Array.isArray(value)) return value.map(withoutAbsent);
  if (typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, member]) => member !== undefined)
      .map(([name, member]) => [name, withoutAbsent(member)]),
  );
};

/** Small readers for parsed nodes, so the mappings say what they expect. */
export const child = (node: XmlValue, name: string): XmlNode | undefined => {
  const value = (node as XmlNode | undefined)?.[name];
  if (value === undefined || value === '') return value === '' ? {} : undefined;
  return (Array.isArray(value) ? value[0] : value) as XmlNode;
};
export const children = (node: XmlValue, name: string): XmlNode[] => {
  const value = (node as XmlNode | undefined)?.[name];
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).map((item) => (item === '' ? {} : (item as XmlNode)));
};
export const text = (node: XmlValue, name: string): string | undefined => {
  const value = (node as XmlNode | undefined)?.[name];
  const first = Array.isArray(value) ? value[0] : value;
  if (first === undefined) return undefined;
  return typeof first === 'string' ? first : ((first as XmlNode)['#text'] as string | undefined) ?? '';
};
export const attribute = (node: XmlValue, name: string): string | undefined =>
  (node as XmlNode | undefined)?.[`@${name}`] as string | undefined;
