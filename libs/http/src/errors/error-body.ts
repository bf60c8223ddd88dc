/** Every error the API answers has this shape; `ruleId` names the rule that refused. */
export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
  ruleId?: string;
  /**
   * Every field at fault with what it broke: for a 400 of class-validator, its constraints by
   * name; for a refusal of the domain about some fields (LA-CONTENT, LA-CREDITS, REC-PLAUSIBLE,
   * ...), its sentences keyed by the rule.
   */
  errors?: FieldError[];
}

export interface FieldError {
  field: string;
  constraints: Record<string, string>;
}
