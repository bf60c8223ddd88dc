export { EwpModule } from './ewp.module';
export { EwpSchemaValidator, EWP_SCHEMAS, type EwpDocumentKind } from './validation/ewp-schema-validator';
export { EwpRules, type EwpRuleId } from './ewp.rules';
