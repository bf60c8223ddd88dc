export * from './http-signature';
export * from './sign-request';
export * from './verify-request';
export * from './sign-response';
export * from './verify-response';
export { RequestIdMemory } from './request-id-memory';
