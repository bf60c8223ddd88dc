export * from './error-body';
export { DomainErrorFilter } from './domain-error.filter';
export { strictValidationPipe } from './validation';
export { FreeText } from './control-characters';
export { IdParam } from './id-param';
