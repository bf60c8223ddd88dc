import PDFDocument from 'pdfkit';
import { dirname, join } from 'node:path';
import { COMPONENT_TABLES, type ApprovedVersion, type Component, type ComponentTable, type Credit, type Language, SIGNING_ORDER, schemeKey, sumDecimals } from '@app/domain';
import { PDF_WORDS, PdfWords } from './version-pdf.words';

/** DejaVu Sans covers every Latin script of the partners' names (ł, ş, ő...); the PDF's base fonts do not. */
const FONTS = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const MARGIN = 50;
/** EWP's tables A, B and C are printed even when empty; the blended and doctoral ones only when used. */
const ALWAYS_SHOWN: readonly ComponentTable[] = ['studiedAbroad', 'recognisedAtHome', 'virtual'];
const COLUMNS = { code: 0, component: 80, term: 330, credits: 380 };
const WIDTHS = { code: 76, component: 246, term: 46, credits: 115 };

const number = (value: string, words: PdfWords) => (words.decimalComma ? value.replace('.', ',') : value);
const credits = (list: Credit[], words: PdfWords) => list.map(({ scheme, value }) => `${number(value, words)} ${scheme}`).join(' + ');
const day = (iso: string, words: PdfWords) =>
  new Intl.DateTimeFormat(words.locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));
const moment = (iso: string, words: PdfWords) =>
  new Intl.DateTimeFormat(words.locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(iso)) + ' UTC';

/** Each scheme's total, in the order the schemes first appear. */
const totals = (components: Component[]): Credit[] => {
  const byScheme = new Map<string, { scheme: string; values: string[] }>();
  for (const credit of components.flatMap((component) => component.credits)) {
    const entry = byScheme.get(schemeKey(credit.scheme)) ?? { scheme: credit.scheme, values: [] };
    entry.values.push(credit.value);
    byScheme.set(schemeKey(credit.scheme), entry);
  }
  return [...byScheme.values()].map(({ scheme, values }) => ({ scheme, value: sumDecimals(values) }));
};

type Doc = PDFKit.PDFDocument;

const ensureRoom = (doc: Doc, height: number) => {
  if (doc.y + height > doc.page.height - MARGIN) doc.addPage();
};

const row = (doc: Doc, cells: Record<keyof typeof COLUMNS, string>, font: 'body' | 'bold') => {
  doc.font(font).fontSize(9);
  const height = Math.max(...(Object.keys(COLUMNS) as (keyof typeof COLUMNS)[]).map((key) => doc.heightOfString(cells[key], { width: WIDTHS[key] })));
  ensureRoom(doc, height + 4);
  const top = doc.y;
  for (const key of Object.keys(COLUMNS) as (keyof typeof COLUMNS)[]) {
    doc.text(cells[key], MARGIN + COLUMNS[key], top, { width: WIDTHS[key], align: key === 'credits' ? 'right' : 'left' });
  }
  doc.x = MARGIN;
  doc.y = top + height + 4;
};

const table = (doc: Doc, title: string, components: Component[], words: PdfWords) => {
  ensureRoom(doc, 60);
  doc.moveDown(0.8).font('bold').fontSize(11).text(title, MARGIN);
  doc.moveDown(0.3);
  const { columns } = words;
  row(doc, { code: columns.code, component: columns.component, term: columns.term, credits: columns.credits }, 'bold');
  for (const component of components) {
    row(
      doc,
      {
        code: component.code,
        component: component.title,
        term: component.term ? `${component.term.number}/${component.term.of}` : '–',
        credits: credits(component.credits, words),
      },
      'body',
    );
  }
  row(doc, { code: words.total, component: '', term: '', credits: credits(totals(components), words) }, 'bold');
};

/**
 * The version as signed, as a document a person files or sends: the parties, tables A, B and C
 * (and the blended and doctoral ones when they hold components) with their totals, the three
 * signatures (who, as which party, when), the content hash they bind (CTI-LA-4) and how to
 * verify it, in the reader's language.
 */
export function renderVersionPdf(mobilityId: string, version: ApprovedVersion, language: Language): Promise<Buffer> {
  const words = PDF_WORDS[language];
  const { content } = version;
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    lang: language,
    info: { Title: words.title(version.number), Subject: `${mobilityId} ${version.contentHash}`, CreationDate: new Date(version.approvedAt) },
  });
  doc.registerFont('body', join(FONTS, 'DejaVuSans.ttf'));
  doc.registerFont('bold', join(FONTS, 'DejaVuSans-Bold.ttf'));
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.font('bold').fontSize(16).text(words.title(version.number));
  doc.font('body').fontSize(9).fillColor('#555').text(words.subtitle).fillColor('#000');
  doc.moveDown(0.8).fontSize(10);
  const student = content.student;
  doc.text(`${words.student}${words.colon}${student.givenNames} ${student.familyName} (${student.globalId})`);
  const institution = (label: string, hei: typeof content.sendingInstitution) =>
    `${label}${words.colon}${hei.heiId}${hei.organisationalUnit ? `, ${hei.organisationalUnit}` : ''}${hei.contactPerson ? ` (${hei.contactPerson.name}, ${hei.contactPerson.email})` : ''}`;
  doc.text(institution(words.sending, content.sendingInstitution));
  doc.text(institution(words.receiving, content.receivingInstitution));
  doc.text(words.period(day(content.plannedStart, words), day(content.plannedEnd, words), content.receivingAcademicYear));

  for (const name of COMPONENT_TABLES.filter((table) => ALWAYS_SHOWN.includes(table) || content[table].length > 0)) {
    table(doc, words.tables[name], content[name], words);
  }

  ensureRoom(doc, 140);
  doc.moveDown(1).font('bold').fontSize(11).text(words.signatures, MARGIN);
  doc.moveDown(0.3).font('body').fontSize(10);
  for (const party of SIGNING_ORDER) {
    const signature = version.signatures.find((candidate) => candidate.party === party);
    if (!signature) continue;
    const name = signature.signer.name ?? signature.signer.id;
    doc.text(`${words.parties[party]}${words.colon}${words.signedBy(name, moment(signature.at, words))}`);
  }
  doc.text(words.approvedOn(moment(version.approvedAt, words)));
  doc.moveDown(0.8).font('bold').fontSize(9).text(words.contentHash);
  doc.font('body').text(version.contentHash);
  doc.moveDown(0.5).fontSize(8).fillColor('#555').text(words.verify(mobilityId, version.number)).fillColor('#000');
  doc.end();
  return done;
}
