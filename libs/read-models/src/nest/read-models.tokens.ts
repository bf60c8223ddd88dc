import { Inject } from '@nestjs/common';

export const PROJECTION_STORE = Symbol('PROJECTION_STORE');
export const InjectProjectionStore = () => Inject(PROJECTION_STORE);
