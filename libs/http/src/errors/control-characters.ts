import type { Language } from '@app/domain';

/**
 * C0 and C1 controls, DEL, U+FFFE, U+FFFF and lone surrogates: invisible in a page, refused by
 * XML 1.0 (an agreement holding one could not be exported to EWP), and a way to smuggle a NUL
 * into whatever reads the data next.
 */
const ANY_CONTROL = /[\u0000-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** The same, tabs and line breaks allowed: a comment may have paragraphs. */
const CONTROL_BUT_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const freeTextFields = new WeakMap<object, Set<string>>();

/**
 * Marks a DTO field as free text (a comment, a reason, a description): tabs and line breaks
 * are allowed in it. Every other string of a request refuses them with the other control characters.
 */
export const FreeText =
  (): PropertyDecorator =>
  (prototype, property) => {
    const fields = freeTextFields.get(prototype) ?? new Set<string>();
    fields.add(String(property));
    freeTextFields.set(prototype, fields);
  };

function isFreeText(owner: object, property: string): boolean {
  for (let prototype = Object.getPrototypeOf(owner); prototype && prototype !== Object.prototype; prototype = Object.getPrototypeOf(prototype)) {
    if (freeTextFields.get(prototype)?.has(property)) return true;
  }
  return false;
}

/** The refusal of one field, in English and French (HTTP-CONTROL-CHARACTERS). */
export type SaidFieldError = { field: string; said: Record<Language, Record<string, string>> };

const refusal = (field: string, freeText: boolean): SaidFieldError => {
  // Named as class-validator names a property in its messages: the last step of the path.
  const name = field.split('.').pop() || 'the value';
  const said = (en: string, fr: string) => ({ en: { noControlCharacters: en }, fr: { noControlCharacters: fr } });
  return {
    field,
    said: freeText
      ? said(`${name} must not contain control characters other than tabs and line breaks`, `${name} ne doit contenir aucun caractère de contrôle autre que les tabulations et les sauts de ligne`)
      : said(
          `${name} must not contain control characters (tabs and line breaks are allowed only in free text such as comments)`,
          `${name} ne doit contenir aucun caractère de contrôle (tabulations et sauts de ligne ne sont admis que dans le texte libre, comme un commentaire)`,
        ),
  };
};

/** Every string of a validated request (DTO instance, query or path value), member names included, that holds a control character. */
export function controlCharacterErrors(value: unknown, field: string, freeText = false): SaidFieldError[] {
  if (typeof value === 'string') return (freeText ? CONTROL_BUT_LINES : ANY_CONTROL).test(value) ? [refusal(field, freeText)] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => controlCharacterErrors(item, field ? `${field}.${index}` : String(index), freeText));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([name, member]) => {
    const path = field ? `${field}.${name}` : name;
    if (ANY_CONTROL.test(name)) return [refusal(path, false)];
    return controlCharacterErrors(member, path, isFreeText(value, name));
  });
}
