import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEmail, IsString, MinLength, ValidateNested } from 'class-validator';

import { DomainError } from '@api/core/domain-error';
import { AcceptsNulCharacters, acceptsNulCharacters, ExactText, InputValidationPipe, unstorableTextErrors } from './input-validation.pipe';
import { toValidationError } from './validation-error';

@InputType('PipeSpecItemInput')
class ItemInput {
  @Field(() => String)
  @IsString()
  label!: string;
}

@InputType('PipeSpecInput')
class SpecInput {
  @Field(() => String)
  @IsEmail()
  email!: string;

  @Field(() => [String])
  @IsString({ each: true })
  tags!: string[];

  @Field(() => [ItemInput])
  @ValidateNested({ each: true })
  @Type(() => ItemInput)
  items!: ItemInput[];
}

const valid = { email: 'ana@example.test', tags: ['a'], items: [{ label: 'one' }] };

async function fieldOf(value: unknown): Promise<string | undefined> {
  const sut = new InputValidationPipe({ transform: true, whitelist: true, exceptionFactory: toValidationError });
  try {
    await sut.transform(value, { type: 'body', metatype: SpecInput });
  } catch (error) {
    if (error instanceof DomainError) {
      return error.details.field;
    }
    throw error;
  }

  return undefined;
}

describe(InputValidationPipe.name, () => {
  it('should let valid input through', async () => {
    await expect(fieldOf(valid)).resolves.toBeUndefined();
  });

  it.each([
    ['a NUL in a nested field', { ...valid, items: [{ label: 'ok' }, { label: 'a\u0000b' }] }, 'items.1.label'],
    ['a NUL in a list of strings', { ...valid, tags: ['fine', '\u0000'] }, 'tags'],
    ['an unpaired high surrogate', { ...valid, email: 'ana\uD800@example.test' }, 'email'],
    ['an unpaired low surrogate', { ...valid, items: [{ label: '\uDC00x' }] }, 'items.0.label'],
  ])('should refuse %s naming the field', async (_name, value, field) => {
    await expect(fieldOf(value)).resolves.toBe(field);
  });

  // validator.js's isEmail throws a URIError on an unpaired surrogate: the check must come first.
  it('should refuse an unpaired surrogate in an email without reaching validator.js', async () => {
    await expect(fieldOf({ ...valid, email: '\uDFFF\uD800x' })).resolves.toBe('email');
  });
});

class FileInput {
  @AcceptsNulCharacters()
  text!: string;

  note!: string;
}

class NamedFileInput extends FileInput {}

describe(AcceptsNulCharacters.name, () => {
  it('should let NUL through to the marked field only, in subclasses too', () => {
    const file = Object.assign(new NamedFileInput(), { text: 'a\u0000b', note: 'fine' });

    expect(unstorableTextErrors(file)).toEqual([]);
    expect(unstorableTextErrors(Object.assign(file, { note: 'a\u0000b' })).map((error) => error.property)).toEqual(['note']);
    expect(acceptsNulCharacters(NamedFileInput, 'text')).toBe(true);
    expect(acceptsNulCharacters(NamedFileInput, 'note')).toBe(false);
  });

  it('should still refuse an unpaired surrogate in the marked field', () => {
    expect(unstorableTextErrors(Object.assign(new FileInput(), { text: 'a\uD800' })).map((error) => error.property)).toEqual(['text']);
  });
});

describe(unstorableTextErrors.name, () => {
  it('should accept emoji, combining marks and zero-width characters', () => {
    expect(unstorableTextErrors({ text: '👩🏽‍💻 e\u0301 a\u200bb \uFEFF' })).toEqual([]);
  });
});

@InputType('PipeSpecNamedItemInput')
class NamedItemInput {
  @Field(() => String)
  @IsString()
  @MinLength(1)
  name!: string;
}

@InputType('PipeSpecRequiredTextInput')
class RequiredTextInput {
  @Field(() => String)
  @IsString()
  @MinLength(1, { message: 'name must not be empty' })
  name!: string;

  @Field(() => String)
  @ExactText()
  @IsString()
  @MinLength(1)
  password!: string;

  @Field(() => String)
  @IsString()
  notes!: string;

  @Field(() => [NamedItemInput])
  @ValidateNested({ each: true })
  @Type(() => NamedItemInput)
  items!: NamedItemInput[];
}

describe('required text', () => {
  const sut = new InputValidationPipe({ transform: true, whitelist: true, exceptionFactory: toValidationError });
  const transform = (value: unknown) => sut.transform(value, { type: 'body', metatype: RequiredTextInput }) as Promise<RequiredTextInput>;

  it('should trim required text, nested included, and keep other text and exact text as sent', async () => {
    const result = await transform({ name: ' Ana ', password: ' secret ', notes: ' as typed ', items: [{ name: '\tone\n' }] });

    expect({ ...result, items: result.items.map((item) => ({ ...item })) }).toEqual({
      name: 'Ana',
      password: ' secret ',
      notes: ' as typed ',
      items: [{ name: 'one' }],
    });
  });

  it.each([
    { value: { name: '   ', password: 'x', notes: '', items: [] }, field: 'name' },
    { value: { name: 'Ana', password: 'x', notes: '', items: [{ name: '\u00a0' }] }, field: 'items.0.name' },
  ])('should refuse whitespace alone in $field', async ({ value, field }) => {
    await expect(transform(value)).rejects.toMatchObject({ code: 'BAD_USER_INPUT', details: { field } });
  });
});
