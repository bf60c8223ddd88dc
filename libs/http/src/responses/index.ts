export type { Documents } from './documents';
