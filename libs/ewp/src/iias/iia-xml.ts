import type { CooperationCondition, Iia, IiaPartner, MobilityKind } from '@app/domain';
import { XmlNode, XmlValue, child, children, parseXml, text } from '../xml/xml-codec';

/** The *-mobility-spec elements of EWP IIA v7, and the kind each one states. */
const SPECS: ReadonlyArray<[string, MobilityKind]> = [
  ['student-studies-mobility-spec', 'student-studies'],
  ['student-traineeship-mobility-spec', 'student-traineeship'],
  ['staff-teacher-mobility-spec', 'staff-teacher'],
  ['staff-training-mobility-spec', 'staff-training'],
];

const texts = (node: XmlNode, name: string): string[] => {
  const value: XmlValue = node[name];
  const list = value === undefined ? [] : Array.isArray(value) ? value : [value];
  return list.map((item) => (typeof item === 'string' ? item : String((item as XmlNode)['#text'] ?? '')));
};

const optional = <Key extends string>(key: Key, value: string | undefined) => (value === undefined ? {} : ({ [key]: value } as Record<Key, string>));

const readCondition = (node: XmlNode, kind: MobilityKind): CooperationCondition => {
  const blended = text(node, 'blended');
  return {
    kind,
    sendingHeiId: text(node, 'sending-hei-id') ?? '',
    receivingHeiId: text(node, 'receiving-hei-id') ?? '',
    firstAcademicYear: text(node, 'receiving-first-academic-year-id') ?? '',
    lastAcademicYear: text(node, 'receiving-last-academic-year-id') ?? '',
    mobilitiesPerYear: Number(text(node, 'mobilities-per-year')),
    ...optional('totalMonthsPerYear', text(node, 'total-months-per-year')),
    ...optional('totalDaysPerYear', text(node, 'total-days-per-year')),
    subjectAreas: children(node, 'subject-area').map((area) => ({
      iscedFCode: text(area, 'isced-f-code') ?? '',
      ...optional('clarification', text(area, 'isced-clarification')),
    })),
    eqfLevels: texts(node, 'eqf-level').map(Number),
    languageRequirements: children(node, 'recommended-language-skill').map((skill) => {
      const area = child(skill, 'subject-area');
      return {
        language: text(skill, 'language') ?? '',
        ...optional('cefrLevel', text(skill, 'cefr-level')),
        ...optional('iscedFCode', area && text(area, 'isced-f-code')),
      };
    }),
    ...(blended !== undefined && { blended: blended === 'true' || blended === '1' }),
  };
};

const readPartner = (node: XmlNode): IiaPartner => ({
  heiId: text(node, 'hei-id') ?? '',
  ...optional('iiaId', text(node, 'iia-id')),
  ...optional('iiaCode', text(node, 'iia-code')),
});

/** The IIAs of an `iias-get-response` the schema has validated, in the domain's words. */
export const readIiasResponse = (xml: string): Iia[] => {
  const response = child(parseXml(xml), 'iias-get-response');
  return children(response, 'iia').map((iia) => {
    const conditions = child(iia, 'cooperation-conditions') ?? {};
    const inEffect = text(iia, 'in-effect');
    return {
      partners: children(iia, 'partner').map(readPartner),
      inEffect: inEffect === 'true' || inEffect === '1',
      conditions: SPECS.flatMap(([element, kind]) => children(conditions, element).map((spec) => readCondition(spec, kind))),
      ...optional('iiaHash', text(iia, 'iia-hash')),
    };
  });
};
