import { SetMetadata } from '@nestjs/common';
import type { AccessAction } from './access-matrix';

export const ACCESS_ACTION = 'mobility-ledger:access-action';
/** The row of the access matrix that governs this route. */
export const Access = (action: AccessAction) => SetMetadata(ACCESS_ACTION, action);
