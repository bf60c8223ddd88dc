export * from './error-body';
export { DomainErrorFilter } from './domain-error.filter';
export { strictValidationPipe } from './validation';
export { SaidBadRequest, SaidBadRequestFilter } from './said-bad-request';
export { saidAs } from './field-sentences';
export { FreeText } from './control-characters';
export { IdParam } from './id-param';
