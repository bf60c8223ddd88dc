/**
 * class-validator's sentences in French, by constraint name. `subject` is the field as
 * class-validator names it (the last step of its path), or "chaque valeur de <field>" for a
 * constraint on each item of a list; `constraints` are the decorator's parameters, as
 * class-validator passes them to its English sentence. A constraint missing here is said in
 * English (field-sentences.ts) rather than refused: constraint-words.unit.spec.ts lists those
 * the DTOs use.
 */
export type ConstraintSentence = (subject: string, constraints: readonly unknown[]) => string;

const listed = (values: unknown): string => (Array.isArray(values) ? values.join(', ') : String(values));

export const FRENCH_CONSTRAINTS: Readonly<Record<string, ConstraintSentence>> = {
  isString: (subject) => `${subject} doit être une chaîne de caractères`,
  isNotEmpty: (subject) => `${subject} ne doit pas être vide`,
  isDefined: (subject) => `${subject} ne doit être ni null ni absent`,
  maxLength: (subject, [max]) => `${subject} doit compter au plus ${String(max)} caractères`,
  minLength: (subject, [min]) => `${subject} doit compter au moins ${String(min)} caractères`,
  isLength: (subject, [min, max]) =>
    max === undefined ? `${subject} doit compter au moins ${String(min)} caractères` : `${subject} doit compter de ${String(min)} à ${String(max)} caractères`,
  min: (subject, [min]) => `${subject} ne doit pas être inférieur à ${String(min)}`,
  max: (subject, [max]) => `${subject} ne doit pas être supérieur à ${String(max)}`,
  isInt: (subject) => `${subject} doit être un nombre entier`,
  isBoolean: (subject) => `${subject} doit être un booléen (true ou false)`,
  isIn: (subject, [values]) => `${subject} doit être l’une des valeurs suivantes : ${listed(values)}`,
  isIso8601: (subject) => `${subject} doit être une date ISO 8601 valide`,
  matches: (subject, [pattern]) => `${subject} doit suivre l’expression régulière ${String(pattern)}`,
  isArray: (subject) => `${subject} doit être une liste`,
  arrayMaxSize: (subject, [max]) => `${subject} doit compter au plus ${String(max)} éléments`,
  arrayMinSize: (subject, [min]) => `${subject} doit compter au moins ${String(min)} éléments`,
  isObject: (subject) => `${subject} doit être un objet`,
  isEmail: (subject) => `${subject} doit être une adresse électronique`,
  isUuid: (subject) => `${subject} doit être un UUID`,
  isISO31661Alpha2: (subject) => `${subject} doit être un code pays ISO 3166-1 alpha-2 valide`,
  nestedValidation: (subject) => `la propriété imbriquée ${subject} doit être un objet ou une liste`,
  whitelistValidation: (subject) => `la propriété ${subject} ne doit pas exister`,
  unknownValue: () => 'une valeur inconnue a été transmise à la validation',
};
