import { ExecutionContext, createParamDecorator } from '@nestjs/common';
import type { Actor } from '@app/domain';

/** The authenticated actor, as JwtAuthGuard read it from the token. */
export const CurrentActor = createParamDecorator(
  (_: unknown, context: ExecutionContext): Actor => context.switchToHttp().getRequest<{ actor: Actor }>().actor,
);
