/** What these functions read of an ApiError (client.ts), so that they stand apart from the browser's session. */
export interface Refusal {
  message: string;
  ruleId?: string;
  fields: { field: string }[];
  forField(field: string): string[];
}

/**
 * The messages of one field, by its path as the API names it in `errors[]`: a 400 of the DTO
 * (`content.studiedAbroad.0.credits.0.value`) or a rule's refusal about some lines (LA-CREDITS,
 * REC-PLAUSIBLE, ... name `content.studiedAbroad.0.credits`, `components.2.code`), each already
 * in the reader's language.
 */
export function fieldMessages(error: Refusal | undefined, path: string): string[] {
  return error?.forField(path) ?? [];
}
