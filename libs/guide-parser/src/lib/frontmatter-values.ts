import type { RawFrontmatter } from './frontmatter';
import type { GuideWarning } from './types';

type Canonical = Exclude<keyof RawFrontmatter, 'extra'>;

const DATE_FIELDS = new Set<Canonical>(['publishedOn', 'modifiedOn']);

/** Stores one known frontmatter value, converted to its field's type; warns when it cannot. */
export const assignFrontmatterValue = (
  target: RawFrontmatter,
  canonical: Canonical,
  value: unknown,
  line: number,
  warnings: GuideWarning[],
): void => {
  if (canonical === 'tags') {
    target.tags = readTags(value, line, warnings);

    return;
  }
  const text = DATE_FIELDS.has(canonical)
    ? readDate(value, line, warnings)
    : readText(value);
  if (text === undefined) {
    warnings.push({
      line,
      message: `Frontmatter "${canonical}" must be text; the value was ignored`,
    });

    return;
  }
  target[canonical] = text;
};

const readText = (value: unknown): string | null | undefined => {
  if (typeof value === 'string') {
    return value.trim() === '' ? null : value.trim();
  }
  if (typeof value === 'number' || typeof value === 'boolean') {
    return String(value);
  }
  if (
    Array.isArray(value) &&
    value.every((entry) => typeof entry === 'string')
  ) {
    return value.join(', ');
  }
  if (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { name?: unknown }).name === 'string'
  ) {
    return readText((value as { name: string }).name);
  }

  return undefined;
};

const readDate = (
  value: unknown,
  line: number,
  warnings: GuideWarning[],
): string | null | undefined => {
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    const iso = value.toISOString();

    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  const text = readText(value);
  if (typeof text === 'string' && Number.isNaN(Date.parse(text))) {
    warnings.push({
      line,
      message: `Frontmatter date "${text}" is not a date; kept as written`,
    });
  }

  return text;
};

const readTags = (
  value: unknown,
  line: number,
  warnings: GuideWarning[],
): string[] => {
  const entries =
    typeof value === 'string'
      ? value.split(',')
      : Array.isArray(value)
        ? value
        : [value];
  const tags: string[] = [];
  for (const entry of entries) {
    const text = readText(entry);
    if (text === undefined) {
      warnings.push({
        line,
        message: 'Frontmatter tag that is not text was ignored',
      });
    } else if (text !== null) {
      tags.push(text);
    }
  }

  return tags;
};
