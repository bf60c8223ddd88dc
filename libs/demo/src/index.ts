export { DEMO_IDENTITIES, DEMO_PARTNERS, DEMO_SCHOOL, type DemoIdentity, claimsOf, demoIdentity } from './demo-identities';
export { demoRefusal } from './demo-mode';
export { DemoModule } from './demo.module';
export { type DemoCall, seedDemo } from './demo-seed';
export { httpDemoCall } from './http-demo-call';
