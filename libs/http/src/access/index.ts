export * from './access-matrix';
export { Access } from './access.decorator';
export { AccessGuard } from './access.guard';
export { type AccessDecision, allows, decideAccess } from './decide-access';
export { type AccessRequest, type RelationResolver, RelationResolvers } from './relation-resolvers';
export { schoolRelationOf } from './school-relation';
