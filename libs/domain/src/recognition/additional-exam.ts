/**
 * CTI-REC-2: recognition may not hinge on an additional examination. Table-B conditions and
 * decision comments are free text, so the check reads their wording, in English and French.
 * It errs toward refusing: a school that means something else can say it without these words.
 */
const EXAM_WORDING =
  /(?<!\p{L})(exam|exams|examination|examinations|examen|examens|test|tests|oral|viva|contrôle|controle|partiel|rattrapage|épreuve|epreuve|épreuves|epreuves|interrogation)(?!\p{L})/iu;

export const callsForAnExam = (text: string | undefined): boolean => text !== undefined && EXAM_WORDING.test(text);
