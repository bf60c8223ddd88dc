import { Module } from '@nestjs/common';
import { DemoController } from './demo.controller';

/** Demo identities and their tokens for the sign-in page, on the embedded default only. */
@Module({ controllers: [DemoController] })
export class DemoModule {}
