import type { ComponentTable } from '@app/domain';
import { NS } from '../xml/namespaces';
import { XmlNode, attribute, buildXml, child, children, parseXml, text } from '../xml/xml-codec';
import {
  EWP_TABLES,
  EwpComponent,
  EwpComponentLists,
  EwpInstitution,
  EwpLearningAgreement,
  EwpSignature,
  EwpStudent,
} from './la-document';

const required = (value: string | undefined): string => value ?? '';

const readComponent = (node: XmlNode): EwpComponent => {
  const term = child(node, 'term-id');
  return {
    losId: text(node, 'los-id'),
    losCode: text(node, 'los-code'),
    title: required(text(node, 'title')),
    loiId: text(node, 'loi-id'),
    term: term && { number: Number(text(term, 'term-number')), of: Number(text(term, 'total-terms')) },
    credits: children(node, 'credit').map((credit) => ({ scheme: required(text(credit, 'scheme')), value: required(text(credit, 'value')) })),
    recognitionConditions: text(node, 'recognition-conditions'),
    shortDescription: text(node, 'short-description'),
    status: attribute(node, 'status') as EwpComponent['status'],
    reasonCode: attribute(node, 'reason-code'),
    reasonText: attribute(node, 'reason-text'),
  };
};

export const readSignature = (node: XmlNode | undefined): EwpSignature | undefined =>
  node && {
    signerName: text(node, 'signer-name'),
    signerPosition: text(node, 'signer-position'),
    signerEmail: text(node, 'signer-email'),
    timestamp: required(text(node, 'timestamp')),
    signerApp: text(node, 'signer-app'),
  };

const readLists = (node: XmlNode): EwpComponentLists => {
  const tables: EwpComponentLists['tables'] = {};
  for (const [table, element] of EWP_TABLES) {
    const list = child(node, element);
    if (list) tables[table] = children(list, 'component').map(readComponent);
  }
  return {
    tables,
    studentSignature: readSignature(child(node, 'student-signature'))!,
    sendingHeiSignature: readSignature(child(node, 'sending-hei-signature'))!,
    receivingHeiSignature: readSignature(child(node, 'receiving-hei-signature')),
  };
};

const readStudent = (node: XmlNode): EwpStudent => ({
  givenNames: text(node, 'given-names'),
  familyName: text(node, 'family-name'),
  globalId: text(node, 'global-id'),
  birthDate: text(node, 'birth-date'),
  citizenship: text(node, 'citizenship'),
  gender: text(node, 'gender'),
  email: text(node, 'email'),
});

const readInstitution = (node: XmlNode): EwpInstitution => {
  const contact = child(node, 'contact-person');
  return {
    heiId: required(text(node, 'hei-id')),
    ounitName: text(node, 'ounit-name'),
    ounitId: text(node, 'ounit-id'),
    contactPerson: {
      givenNames: required(text(contact, 'given-names')),
      familyName: required(text(contact, 'family-name')),
      email: required(text(contact, 'email')),
    },
  };
};

const readLa = (la: XmlNode): EwpLearningAgreement => {
  const language = child(la, 'student-language-skill');
  const firstVersion = child(la, 'first-version');
  const approvedChanges = child(la, 'approved-changes');
  const proposal = child(la, 'changes-proposal');
  const proposalStudent = proposal && child(proposal, 'student');
  return {
    omobilityId: required(text(la, 'omobility-id')),
    sendingHei: readInstitution(child(la, 'sending-hei')!),
    receivingHei: readInstitution(child(la, 'receiving-hei')!),
    receivingAcademicYearId: required(text(la, 'receiving-academic-year-id')),
    student: readStudent(child(la, 'student')!),
    start: required(text(la, 'start-date') ?? text(la, 'start-year-month')),
    end: required(text(la, 'end-date') ?? text(la, 'end-year-month')),
    eqfLevel: Number(text(la, 'eqf-level-studied-at-departure')),
    iscedFCode: required(text(la, 'isced-f-code')),
    iscedClarification: text(la, 'isced-clarification'),
    languageSkill: {
      language: required(text(language, 'language')),
      cefrLevel: required(text(language, 'cefr-level')) as EwpLearningAgreement['languageSkill']['cefrLevel'],
    },
    firstVersion: firstVersion && readLists(firstVersion),
    approvedChanges: approvedChanges && readLists(approvedChanges),
    changesProposal: proposal && {
      ...readLists(proposal),
      id: required(attribute(proposal, 'id')),
      ...(proposalStudent && { student: readStudent(proposalStudent) }),
    },
  };
};

/** The learning agreements of an `omobility-las-get-response` the schema has validated. */
export const readLaResponse = (xml: string): EwpLearningAgreement[] =>
  children(child(parseXml(xml), 'omobility-las-get-response'), 'la').map(readLa);

const componentNode = (component: EwpComponent): XmlNode => ({
  '@status': component.status,
  '@reason-code': component.reasonCode,
  '@reason-text': component.reasonText,
  'los-id': component.losId,
  'los-code': component.losCode,
  title: component.title,
  'loi-id': component.loiId,
  'term-id': component.term && { 'trm:term-number': String(component.term.number), 'trm:total-terms': String(component.term.of) },
  credit: component.credits.map((credit) => ({ scheme: credit.scheme, value: credit.value })),
  'recognition-conditions': component.recognitionConditions,
  'short-description': component.shortDescription,
});

const signatureNode = (signature: EwpSignature | undefined): XmlNode | undefined =>
  signature && {
    'signer-name': signature.signerName,
    'signer-position': signature.signerPosition,
    'signer-email': signature.signerEmail,
    timestamp: signature.timestamp,
    'signer-app': signature.signerApp,
  };

const listsNode = (lists: EwpComponentLists): XmlNode => ({
  ...Object.fromEntries(
    EWP_TABLES.map(([table, element]: [ComponentTable, string]) => {
      const rows = lists.tables[table];
      return [element, rows && (rows.length > 0 ? { component: rows.map(componentNode) } : '')];
    }),
  ),
  'student-signature': signatureNode(lists.studentSignature),
  'sending-hei-signature': signatureNode(lists.sendingHeiSignature),
  'receiving-hei-signature': signatureNode(lists.receivingHeiSignature),
});

const studentNode = (student: EwpStudent): XmlNode => ({
  'given-names': student.givenNames,
  'family-name': student.familyName,
  'global-id': student.globalId,
  'birth-date': student.birthDate,
  citizenship: student.citizenship,
  gender: student.gender,
  email: student.email,
});

const institutionNode = (hei: EwpInstitution): XmlNode => ({
  'hei-id': hei.heiId,
  'ounit-name': hei.ounitName,
  'ounit-id': hei.ounitId,
  'contact-person': {
    'given-names': hei.contactPerson.givenNames,
    'family-name': hei.contactPerson.familyName,
    email: hei.contactPerson.email,
  },
});

const DAY = /^\d{4}-\d{2}-\d{2}$/;

const laNode = (la: EwpLearningAgreement): XmlNode => ({
  'omobility-id': la.omobilityId,
  'sending-hei': institutionNode(la.sendingHei),
  'receiving-hei': institutionNode(la.receivingHei),
  'receiving-academic-year-id': la.receivingAcademicYearId,
  student: studentNode(la.student),
  [DAY.test(la.start) ? 'start-date' : 'start-year-month']: la.start,
  [DAY.test(la.end) ? 'end-date' : 'end-year-month']: la.end,
  'eqf-level-studied-at-departure': String(la.eqfLevel),
  'isced-f-code': la.iscedFCode,
  'isced-clarification': la.iscedClarification,
  'student-language-skill': { language: la.languageSkill.language, 'cefr-level': la.languageSkill.cefrLevel },
  'first-version': la.firstVersion && listsNode(la.firstVersion),
  'approved-changes': la.approvedChanges && listsNode(la.approvedChanges),
  'changes-proposal': la.changesProposal && {
    '@id': la.changesProposal.id,
    ...listsNode(la.changesProposal),
    student: la.changesProposal.student && studentNode(la.changesProposal.student),
  },
});

/** An `omobility-las-get-response` document holding these agreements. */
export const writeLaResponse = (las: readonly EwpLearningAgreement[]): string =>
  buildXml({
    'omobility-las-get-response': {
      '@xmlns': NS.las,
      '@xmlns:trm': NS.term,
      la: las.map(laNode),
    },
  });
