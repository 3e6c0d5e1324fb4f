import { isKstDateTime, parseIsoDateTime } from '../../common/time/kst';
import { InvalidInput, SandboxError, orderErrors } from '../sandbox-errors';
import { INPUT_PROBLEMS } from './request-input';
import { OperationRequest } from './sandbox-operation';

type Fields = Readonly<Record<string, unknown>>;

type Fail = (invalidInputs: readonly InvalidInput[]) => SandboxError;

export interface StringRules {
  /** Most characters, counted in code points so an emoji counts once. */
  maxLength?: number;
}

export interface NumberRules {
  min?: number;
  max?: number;
}

const NOT_A_JSON_OBJECT: InvalidInput = {
  name: 'body',
  type: 'typeMismatch',
  message: 'JSON 객체 본문이어야 합니다.',
};

/**
 * Reads a JSON body field by field and collects every problem before failing, so one 400 lists
 * all bad inputs in `invalidInputs`, as QueryReader does for query strings. Nested objects get
 * readers of their own that report as `list[0].field` into the same list.
 *
 * The `required*` methods return their declared type even when the value is missing or wrong:
 * the problem is recorded instead, and `readBody` calls `throwIfInvalid` before any value is
 * used, so the placeholder never escapes.
 */
export class BodyReader {
  private constructor(
    private readonly fields: Fields,
    private readonly problems: InvalidInput[],
    private readonly prefix: string,
  ) {}

  /** A reader of the request's JSON object body; anything else fails at once. */
  public static of(request: OperationRequest, fail: Fail = orderErrors.invalidRequest) {
    if (request.mediaType !== 'application/json' || !isObject(request.body)) {
      throw fail([NOT_A_JSON_OBJECT]);
    }

    return new BodyReader(request.body, [], '');
  }

  public string(name: string, rules: StringRules = {}): string | undefined {
    const value = this.fields[name];

    if (value === undefined || value === null) {
      return undefined;
    }

    if (typeof value !== 'string') {
      this.problem(name, INPUT_PROBLEMS.mismatch);

      return undefined;
    }

    if (rules.maxLength !== undefined && [...value].length > rules.maxLength) {
      this.problem(name, { type: 'Size', message: `${rules.maxLength}자 이하여야 합니다.` });

      return undefined;
    }

    return value;
  }

  /** A string with some non-blank text, kept exactly as sent (no trimming). */
  public requiredString(name: string, rules: StringRules = {}): string {
    const value = this.string(name, rules);

    if (value === undefined && this.isAbsent(name)) {
      this.problem(name, INPUT_PROBLEMS.missing);
    } else if (value !== undefined && value.trim() === '') {
      this.problem(name, { type: 'NotBlank', message: '공백일 수 없습니다.' });
    }

    return value as string;
  }

  public oneOf<Value extends string>(name: string, allowed: readonly Value[]): Value | undefined {
    const value = this.string(name);

    if (value === undefined || (allowed as readonly string[]).includes(value)) {
      return value as Value | undefined;
    }

    this.problem(name, INPUT_PROBLEMS.mismatch);

    return undefined;
  }

  public requiredOneOf<Value extends string>(name: string, allowed: readonly Value[]): Value {
    this.requirePresent(name);

    return this.oneOf(name, allowed) as Value;
  }

  /** A JSON number without a fraction (a numeric string is refused, unlike a query value). */
  public integer(name: string, rules: NumberRules = {}): number | undefined {
    const value = this.number(name, rules);

    if (value !== undefined && !Number.isSafeInteger(value)) {
      this.problem(name, INPUT_PROBLEMS.mismatch);

      return undefined;
    }

    return value;
  }

  public number(name: string, rules: NumberRules = {}): number | undefined {
    const value = this.fields[name];

    if (value === undefined || value === null) {
      return undefined;
    }

    if (typeof value !== 'number' || !Number.isFinite(value)) {
      this.problem(name, INPUT_PROBLEMS.mismatch);

      return undefined;
    }

    if (value < (rules.min ?? -Infinity) || value > (rules.max ?? Infinity)) {
      this.problem(name, INPUT_PROBLEMS.range);

      return undefined;
    }

    return value;
  }

  /** A date-time in exactly `yyyy-MM-dd'T'HH:mm:ss.SSS+09:00`, as epoch ms. */
  public requiredKstDateTime(name: string): number {
    const value = this.string(name);

    this.requirePresent(name);

    if (value !== undefined && !isKstDateTime(value)) {
      this.problem(name, INPUT_PROBLEMS.dateTime);
    }

    return parseIsoDateTime(value)?.getTime() as number;
  }

  /** A required list of strings with a size limit. */
  public requiredStrings(name: string, size: { min: number; max: number }): string[] {
    const value = this.requiredList(name, size);

    if (value !== undefined && value.some((item) => typeof item !== 'string')) {
      this.problem(name, INPUT_PROBLEMS.mismatch);
    }

    return value as string[];
  }

  /** A required list of objects, each read by a reader of its own (`name[index].field`). */
  public requiredObjects(name: string, size: { min: number; max: number }): BodyReader[] {
    const items = this.requiredList(name, size) ?? [];

    return items.flatMap((item, index) => {
      const path = `${this.prefix}${name}[${index}]`;

      if (!isObject(item)) {
        this.problems.push({ name: path, ...INPUT_PROBLEMS.mismatch });

        return [];
      }

      return [new BodyReader(item, this.problems, `${path}.`)];
    });
  }

  public problem(name: string, problem: { type: string; message: string }): void {
    this.problems.push({ name: this.prefix + name, message: problem.message, type: problem.type });
  }

  /** Throws the operation's 400 listing every problem found so far. */
  public throwIfInvalid(fail: Fail = orderErrors.invalidRequest): void {
    if (this.problems.length > 0) {
      throw fail(this.problems);
    }
  }

  private requiredList(name: string, size: { min: number; max: number }): unknown[] | undefined {
    const value = this.fields[name];

    if (this.requirePresent(name)) {
      return undefined;
    }

    if (!Array.isArray(value)) {
      this.problem(name, INPUT_PROBLEMS.mismatch);

      return undefined;
    }

    if (value.length < size.min || value.length > size.max) {
      this.problem(name, {
        type: 'Size',
        message: `${size.min}개 이상 ${size.max}개 이하여야 합니다.`,
      });
    }

    return value;
  }

  /** Records a missing value; true when it is missing. */
  private requirePresent(name: string): boolean {
    if (this.isAbsent(name)) {
      this.problem(name, INPUT_PROBLEMS.missing);

      return true;
    }

    return false;
  }

  private isAbsent(name: string): boolean {
    return this.fields[name] === undefined || this.fields[name] === null;
  }
}

/**
 * Reads a request's JSON body with `read` and fails with every problem at once; `read` gets
 * the reader and returns the operation's input.
 */
export function readBody<Input>(
  request: OperationRequest,
  read: (body: BodyReader) => Input,
  fail: Fail = orderErrors.invalidRequest,
): Input {
  const body = BodyReader.of(request, fail);
  const input = read(body);

  body.throwIfInvalid(fail);

  return input;
}

function isObject(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
