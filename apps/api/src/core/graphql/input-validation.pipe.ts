import { ValidationPipe } from '@nestjs/common';
import { getMetadataStorage, type ValidationError, type ValidatorOptions } from 'class-validator';

// Half of a surrogate pair, and NUL: text PostgreSQL cannot hold as it was sent.
const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const NUL = '\u0000';

type FieldMarks = WeakMap<object, Set<string>>;

const markField = (marks: FieldMarks): PropertyDecorator => (prototype, property) => {
  marks.set(prototype, new Set([...(marks.get(prototype) ?? []), String(property)]));
};

function isMarked(marks: FieldMarks, prototype: object | null, property: string): boolean {
  for (let current = prototype; current; current = Object.getPrototypeOf(current) as object | null) {
    if (marks.get(current)?.has(property)) {
      return true;
    }
  }

  return false;
}

const nulAccepting: FieldMarks = new WeakMap();
const exactText: FieldMarks = new WeakMap();

/**
 * Lets NUL characters through to a field whose service deals with control
 * characters itself (a guide file's text, which the parser judges; a search,
 * which is cleaned). Unpaired surrogates are still refused.
 */
export const AcceptsNulCharacters = (): PropertyDecorator => markField(nulAccepting);

/** Keeps a required text as sent, spaces included (passwords): see trimRequiredText. */
export const ExactText = (): PropertyDecorator => markField(exactText);

const acceptsNulFrom = (prototype: object | null, property: string) => isMarked(nulAccepting, prototype, property);

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

// class-validator rules that make a text required: a minimum length of at least one.
const REQUIRES_TEXT: Record<string, (constraints: unknown[]) => boolean> = {
  minLength: ([min]) => typeof min === 'number' && min >= 1,
  isLength: ([min]) => typeof min === 'number' && min >= 1,
  isNotEmpty: () => true,
};

type RequiredText = { property: string; isEach: boolean };

const requiredTextCache = new WeakMap<object, RequiredText[]>();

/** The fields of an input class (its parents' included) that require text and are not ExactText. */
function requiredTextFields(type: abstract new (...args: never[]) => unknown): RequiredText[] {
  const cached = requiredTextCache.get(type);
  if (cached) {
    return cached;
  }
  const fields = getMetadataStorage()
    .getTargetValidationMetadatas(type, '', true, false)
    .filter((rule) => rule.name !== undefined && REQUIRES_TEXT[rule.name]?.((rule.constraints ?? []) as unknown[]))
    .filter((rule) => !isMarked(exactText, type.prototype as object, rule.propertyName))
    .map((rule) => ({ property: rule.propertyName, isEach: Boolean(rule.each) }));
  requiredTextCache.set(type, fields);

  return fields;
}

const trimmed = (value: unknown) => (typeof value === 'string' ? value.trim() : value);

/**
 * Trims every text an input class requires, nested inputs included, before
 * any rule runs: whitespace never satisfies "required", and what is stored
 * is the trimmed text. Other text (notes, instructions) is kept as sent.
 */
export function trimRequiredText(object: unknown, seen = new Set<unknown>()): void {
  if (!isWalkable(object) || seen.has(object)) {
    return;
  }
  seen.add(object);
  const type = (Object.getPrototypeOf(object) as { constructor?: unknown } | null)?.constructor;
  if (typeof type === 'function' && type !== Object) {
    for (const { property, isEach } of requiredTextFields(type as abstract new () => unknown)) {
      const value = object[property];
      object[property] = isEach && Array.isArray(value) ? value.map(trimmed) : trimmed(value);
    }
  }
  for (const value of Object.values(object)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      trimRequiredText(item, seen);
    }
  }
}

/**
 * The app's validation: class-validator's rules on every input class, and only
 * storable text in it. PostgreSQL refuses U+0000 in text and jsonb, and an
 * unpaired surrogate in jsonb (in text it silently became U+FFFD), so such
 * values used to fail in the database as internal errors (issue #8); refusing
 * them here answers BAD_USER_INPUT naming the field instead. Required text
 * is trimmed before the rules run (trimRequiredText).
 */
export class InputValidationPipe extends ValidationPipe {
  protected override async validate(object: object, validatorOptions?: ValidatorOptions): Promise<ValidationError[]> {
    // First, and alone: validator.js throws on some of these (isEmail on an unpaired surrogate).
    const unstorable = unstorableTextErrors(object);
    trimRequiredText(object);

    return unstorable.length ? unstorable : super.validate(object, validatorOptions);
  }
}
