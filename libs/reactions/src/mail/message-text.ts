import type { MailFacts, MailLanguage, MailReason } from '../reaction/work-item';

export type MessageText = { subject: string; body: string };
type Words = Record<MailReason, (facts: MailFacts) => MessageText>;

const agreementEn = (f: MailFacts) => `the learning agreement ${f.sending ?? ''} → ${f.receiving ?? ''} (${f.receivingAcademicYear ?? ''})`;
const agreementFr = (f: MailFacts) => `le contrat d'études ${f.sending ?? ''} → ${f.receiving ?? ''} (${f.receivingAcademicYear ?? ''})`;
const whatEn = (f: MailFacts) => (f.proposalNumber !== undefined ? `amendment ${f.proposalNumber} of ${agreementEn(f)}` : agreementEn(f));
const whatFr = (f: MailFacts) => (f.proposalNumber !== undefined ? `l'avenant ${f.proposalNumber} à ${agreementFr(f)}` : agreementFr(f));
const partyEn = { student: 'the student', sending: 'the sending institution', receiving: 'the receiving institution' };
const partyFr = { student: "l'étudiant", sending: "l'établissement d'origine", receiving: "l'établissement d'accueil" };

const en: Words = {
  'turn-to-sign': (f) => ({ subject: `Waiting for your signature: ${whatEn(f)}`, body: `It is your turn to read and sign ${whatEn(f)}.` }),
  rejected: (f) => ({
    subject: `Rejected: ${whatEn(f)}`,
    body: `${capitalised(partyEn[f.party ?? 'sending'])} rejected ${whatEn(f)}. Their comment: ${f.comment ?? ''}`,
  }),
  'in-force': (f) => ({ subject: `Version ${f.version} in force: ${agreementEn(f)}`, body: `All three parties signed: version ${f.version} of ${agreementEn(f)} is in force.` }),
  'recognition-decided': (f) => ({
    subject: `Recognition decided: ${agreementEn(f)}`,
    body: `Your sending institution recorded the recognition of the credits of ${agreementEn(f)}.`,
  }),
  'signature-reminder': (f) => ({
    subject: `Reminder, waiting for your signature: ${whatEn(f)}`,
    body: `${capitalised(whatEn(f))} has waited ${f.days} days for your signature.`,
  }),
  'survey-invitation': () => ({
    subject: 'How was your stay abroad? A short survey',
    body: 'Your school asks how satisfied you were with the preparation before departure, the stay, and the recognition of your credits. It takes two minutes.',
  }),
  'survey-reminder': () => ({ subject: 'Reminder: the survey on your stay abroad', body: 'You have not answered the survey on your stay abroad yet.' }),
  digest: (f) => ({ subject: `Mobility ledger: ${f.items?.length ?? 0} messages of the day`, body: (f.items ?? []).map((line) => `- ${line}`).join('\n') }),
};

const fr: Words = {
  'turn-to-sign': (f) => ({ subject: `En attente de votre signature : ${whatFr(f)}`, body: `C'est à vous de lire et de signer ${whatFr(f)}.` }),
  rejected: (f) => ({
    subject: `Refusé : ${whatFr(f)}`,
    body: `${capitalised(partyFr[f.party ?? 'sending'])} a refusé ${whatFr(f)}. Son commentaire : ${f.comment ?? ''}`,
  }),
  'in-force': (f) => ({
    subject: `Version ${f.version} en vigueur : ${agreementFr(f)}`,
    body: `Les trois parties ont signé : la version ${f.version} de ${agreementFr(f)} est en vigueur.`,
  }),
  'recognition-decided': (f) => ({
    subject: `Reconnaissance décidée : ${agreementFr(f)}`,
    body: `Votre établissement d'origine a enregistré la reconnaissance des crédits de ${agreementFr(f)}.`,
  }),
  'signature-reminder': (f) => ({
    subject: `Rappel, en attente de votre signature : ${whatFr(f)}`,
    body: `${capitalised(whatFr(f))} attend votre signature depuis ${f.days} jours.`,
  }),
  'survey-invitation': () => ({
    subject: 'Votre séjour à l’étranger : un court questionnaire',
    body: 'Votre école vous demande votre satisfaction sur la préparation avant le départ, le séjour et la reconnaissance de vos crédits. Deux minutes suffisent.',
  }),
  'survey-reminder': () => ({ subject: 'Rappel : le questionnaire sur votre séjour', body: "Vous n'avez pas encore répondu au questionnaire sur votre séjour à l'étranger." }),
  digest: (f) => ({ subject: `Mobility ledger : ${f.items?.length ?? 0} messages du jour`, body: (f.items ?? []).map((line) => `- ${line}`).join('\n') }),
};

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const LINK_LABEL: Record<MailLanguage, string> = { en: 'Open the page', fr: 'Ouvrir la page' };

/** The message in the recipient's language, ending with the link to the page where to act. */
export function messageText(reason: MailReason, facts: MailFacts, language: MailLanguage, publicUrl: string): MessageText {
  const { subject, body } = (language === 'fr' ? fr : en)[reason](facts);
  return { subject, body: `${body}\n\n${LINK_LABEL[language]}: ${new URL(facts.link, publicUrl).toString()}\n` };
}
