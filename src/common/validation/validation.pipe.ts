import { ValidationError, ValidationPipe } from '@nestjs/common';

import { InvalidParam } from '../problem/problem-details';
import { ProblemException } from '../problem/problem.exception';

/** Flattens nested errors into one entry per rule, named by path: `items.3.trackingNumber`. */
export function toInvalidParams(errors: ValidationError[], parentPath = ''): InvalidParam[] {
  return errors.flatMap((error) => {
    const name = parentPath === '' ? error.property : `${parentPath}.${error.property}`;
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      name,
      // class-validator starts messages with the property alone; the full path says more.
      reason: message.startsWith(error.property)
        ? name + message.slice(error.property.length)
        : message,
    }));

    return [...own, ...toInvalidParams(error.children ?? [], name)];
  });
}

/** The one 400 answer for bad input, each invalid field listed. */
export function validationProblem(invalidParams: InvalidParam[]): ProblemException {
  return new ProblemException({
    status: 400,
    code: 'VALIDATION_FAILED',
    title: 'The request is invalid',
    detail: invalidParams.map((param) => param.reason).join('; '),
    invalidParams,
  });
}

/**
 * Every query, path parameter and body passes this pipe before a controller runs, so bad input
 * is answered with one 400 naming each field and never reaches the upstream. Conversions are
 * explicit on each DTO field: implicit conversion would turn the string `false` into `true`.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => validationProblem(toInvalidParams(errors)),
  });
}
