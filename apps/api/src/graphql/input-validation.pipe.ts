import { ValidationPipe } from '@nestjs/common';
import type { ValidationError, ValidatorOptions } from 'class-validator';

// Half of a surrogate pair, and NUL: text PostgreSQL cannot hold as it was sent.
const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const NUL = '\u0000';

const nulAccepting = new WeakMap<object, Set<string>>();

/**
 * Lets NUL characters through to a field whose service deals with control
 * characters itself (a guide file's text, which the parser judges; a search,
 * which is cleaned). Unpaired surrogates are still refused.
 */
export const AcceptsNulCharacters = (): PropertyDecorator => (prototype, property) => {
  nulAccepting.set(prototype, new Set([...(nulAccepting.get(prototype) ?? []), String(property)]));
};

function acceptsNulFrom(prototype: object | null, property: string): boolean {
  for (let current = prototype; current; current = Object.getPrototypeOf(current) as object | null) {
    if (nulAccepting.get(current)?.has(property)) {
      return true;
    }
  }

  return false;
}

/** Whether a field of an input class (or of a class it extends) is marked with AcceptsNulCharacters. */
export const acceptsNulCharacters = (type: abstract new (...args: never[]) => unknown, property: string): boolean =>
  acceptsNulFrom(type.prototype as object, property);

const isUnstorable = (text: string, nulAccepted: boolean) => UNPAIRED_SURROGATE.test(text) || (!nulAccepted && text.includes(NUL));

const isWalkable = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !(value instanceof Date) && !ArrayBuffer.isView(value);

/**
 * An error per property holding text PostgreSQL cannot store, nested like
 * class-validator's own (a list of strings is reported on the list, as `each`
 * rules are).
 */
export function unstorableTextErrors(object: unknown, seen = new Set<unknown>()): ValidationError[] {
  if (!isWalkable(object) || seen.has(object)) {
    return [];
  }
  seen.add(object);
  const errors: ValidationError[] = [];
  for (const [property, value] of Object.entries(object)) {
    const items: unknown[] = Array.isArray(value) ? value : [value];
    const nulAccepted = acceptsNulFrom(Object.getPrototypeOf(object) as object | null, property);
    if (items.some((item) => typeof item === 'string' && isUnstorable(item, nulAccepted))) {
      errors.push({
        property,
        value: undefined,
        constraints: { storableText: `${property} must be Unicode text without NUL characters or unpaired surrogates` },
        children: [],
      });
      continue;
    }
    const children = Array.isArray(value)
      ? value.flatMap((item, index) => {
          const nested = unstorableTextErrors(item, seen);

          return nested.length ? [{ property: String(index), value: undefined, children: nested }] : [];
        })
      : unstorableTextErrors(value, seen);
    if (children.length) {
      errors.push({ property, value: undefined, children });
    }
  }

  return errors;
}

/**
 * The app's validation: class-validator's rules on every input class, and only
 * storable text in it. PostgreSQL refuses U+0000 in text and jsonb, and an
 * unpaired surrogate in jsonb (in text it silently became U+FFFD), so such
 * values used to fail in the database as internal errors (issue #8); refusing
 * them here answers BAD_USER_INPUT naming the field instead.
 */
export class InputValidationPipe extends ValidationPipe {
  protected override async validate(object: object, validatorOptions?: ValidatorOptions): Promise<ValidationError[]> {
    // First, and alone: validator.js throws on some of these (isEmail on an unpaired surrogate).
    const unstorable = unstorableTextErrors(object);

    return unstorable.length ? unstorable : super.validate(object, validatorOptions);
  }
}
