import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'mobility-ledger:public';
/** A route anyone may call without a token (health, documentation). */
export const Public = () => SetMetadata(IS_PUBLIC, true);
