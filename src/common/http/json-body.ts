import type { FastifyInstance, FastifyRequest } from 'fastify';

import { InvalidParam } from '../problem/problem-details';
import { malformedRequest } from '../problem/problem-details.filter';
import { ProblemException } from '../problem/problem.exception';
import { validationProblem } from '../validation/validation.pipe';

/**
 * Deeper than any request of ours (dispatch entries sit at depth 3), and shallow enough that
 * class-transformer's recursion can never overflow the stack on an unknown nested field.
 */
export const MAX_JSON_DEPTH = 16;

// C0 controls and DEL, but tab, line feed and carriage return, which text may hold.
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
// A UTF-16 surrogate without its pair: JSON allows `\ud800`, but no text contains one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

const FORBIDDEN_KEYS =
  'The body must not contain a "__proto__" key, nor a "constructor" key holding "prototype"';

function isJson(text: string): boolean {
  try {
    JSON.parse(text);

    return true;
  } catch {
    return false;
  }
}

const malformedBody = (detail: string): ProblemException =>
  new ProblemException(malformedRequest(detail));

function textProblem(name: string, text: string): InvalidParam | undefined {
  if (CONTROL_CHARACTER.test(text)) {
    return {
      name,
      reason: `${name} must not contain control characters (tab and line breaks are allowed)`,
    };
  }

  if (LONE_SURROGATE.test(text)) {
    return { name, reason: `${name} must be well-formed Unicode text` };
  }

  return undefined;
}

/**
 * Every string of a parsed body, keys included, checked for text no upstream field can hold;
 * walked with an explicit stack so depth itself can't overflow it. Throws past MAX_JSON_DEPTH.
 */
export function findUnsafeText(body: unknown): InvalidParam[] {
  const problems: InvalidParam[] = [];
  const pending: { value: unknown; path: string; depth: number }[] = [
    { value: body, path: '', depth: 0 },
  ];

  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const { value, path, depth } = next;

    if (typeof value === 'string') {
      const problem = textProblem(path === '' ? 'body' : path, value);

      if (problem !== undefined) {
        problems.push(problem);
      }
    } else if (typeof value === 'object' && value !== null) {
      if (depth >= MAX_JSON_DEPTH) {
        throw malformedBody(`The body nests deeper than ${MAX_JSON_DEPTH} levels`);
      }

      for (const [key, member] of Object.entries(value)) {
        const memberPath = path === '' ? key : `${path}.${key}`;
        const keyProblem = textProblem(memberPath, key);

        if (keyProblem !== undefined) {
          problems.push(keyProblem);
        }

        pending.push({ value: member, path: memberPath, depth: depth + 1 });
      }
    }
  }

  return problems;
}

/**
 * Replaces Fastify's JSON parser: the body must be valid UTF-8 (a lossy decoding would send
 * U+FFFD upstream in place of what the caller meant), then parses as Fastify does (refusing
 * `__proto__` and `constructor` keys), then refuses control characters, lone surrogates and
 * nesting past MAX_JSON_DEPTH, before any DTO sees the body.
 */
export function useStrictJsonBodies(instance: FastifyInstance, bodyLimit: number): void {
  const parseJson = instance.getDefaultJsonParser('error', 'error');

  instance.removeAllContentTypeParsers();
  instance.addContentTypeParser(
    'application/json',
    { parseAs: 'buffer', bodyLimit },
    (request: FastifyRequest, raw: Buffer, done: (error: Error | null, body?: unknown) => void) => {
      let text: string;

      try {
        text = strictUtf8.decode(raw);
      } catch {
        done(malformedBody('The body is not valid UTF-8'));

        return;
      }

      parseJson(request, text, (error: Error | null, body?: unknown) => {
        if (error !== null) {
          // Fastify gives one error for broken JSON and for a forbidden key alike.
          done(isJson(text) ? malformedBody(FORBIDDEN_KEYS) : error);

          return;
        }

        try {
          const problems = findUnsafeText(body);

          if (problems.length > 0) {
            done(validationProblem(problems));
          } else {
            done(null, body);
          }
        } catch (problem) {
          done(problem as Error);
        }
      });
    },
  );
}
