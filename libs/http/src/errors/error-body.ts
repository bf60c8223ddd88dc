/** Every error the API answers has this shape; `ruleId` names the rule that refused. */
export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
  ruleId?: string;
  /** For 400s: every invalid field with the constraints it broke. */
  errors?: FieldError[];
}

export interface FieldError {
  field: string;
  constraints: Record<string, string>;
}
