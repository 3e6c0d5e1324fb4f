import { Paramtype, Type } from '@nestjs/common';

import { InvalidParam } from '../../problem/problem-details';
import { ProblemException } from '../../problem/problem.exception';
import { createValidationPipe } from '../validation.pipe';

// The app's own pipe, so DTO specs see exactly what a caller's request meets.
const pipe = createValidationPipe();

/** The value as the app's validation pipe passes it on to a handler. */
export const accept = <T>(
  metatype: Type<T>,
  value: unknown,
  type: Paramtype = 'body',
): Promise<T> => pipe.transform(value, { type, metatype });

/** The fields the app's validation pipe refuses, with its reasons. */
export async function refusal(
  metatype: Type<unknown>,
  value: unknown,
  type: Paramtype = 'body',
): Promise<InvalidParam[]> {
  try {
    await pipe.transform(value, { type, metatype });
  } catch (error) {
    if (error instanceof ProblemException) {
      return error.problem.invalidParams ?? [];
    }

    throw error;
  }

  throw new Error(`expected ${JSON.stringify(value)} to be refused`);
}

/** Each refused field once, sorted: a field breaking several rules is listed once per rule. */
export const refusedNames = async (
  metatype: Type<unknown>,
  value: unknown,
  type: Paramtype = 'body',
): Promise<string[]> =>
  [...new Set((await refusal(metatype, value, type)).map((param) => param.name))].sort();
