import { CanActivate, ExecutionContext, UseGuards } from '@nestjs/common';
import { FastifyRequest } from 'fastify';

import { validationProblem } from './validation.pipe';

/**
 * Refuses a body with any field, for operations that take none: a caller who sends one expects
 * it to matter, and silently dropping it would hide the mistake. No body and `{}` pass.
 */
class RefuseBodyGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const { body } = context.switchToHttp().getRequest<FastifyRequest>();

    if (body === undefined || body === null) {
      return true;
    }

    if (typeof body !== 'object' || Array.isArray(body)) {
      throw validationProblem([{ name: 'body', reason: 'body must be empty or {}' }]);
    }

    const fields = Object.keys(body);

    if (fields.length > 0) {
      throw validationProblem(
        fields.map((name) => ({ name, reason: `${name} is not accepted: this takes no body` })),
      );
    }

    return true;
  }
}

/** The operation takes no request body; see RefuseBodyGuard. */
export const TakesNoBody = (): MethodDecorator => UseGuards(RefuseBodyGuard);
