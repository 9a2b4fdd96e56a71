import {
  isMap,
  isScalar,
  LineCounter,
  parseDocument,
  type Document,
} from 'yaml';

import { assignFrontmatterValue } from './frontmatter-values';
import { GuideParseError } from './guide-parse-error';
import type { GuideFrontmatter, GuideWarning } from './types';

/** Frontmatter values before fallbacks from the document are applied. */
export type RawFrontmatter = Omit<GuideFrontmatter, 'title'> & {
  title: string | null;
  slug: string | null;
};

export type SplitGuide = {
  frontmatter: RawFrontmatter;
  /** Markdown after the frontmatter. */
  body: string;
  /** Line number of the first line of `body`. */
  bodyLine: number;
  warnings: GuideWarning[];
};

type Canonical = Exclude<keyof RawFrontmatter, 'extra'>;

// First alias present wins; the others stay in `extra`.
const ALIASES: Record<Canonical, string[]> = {
  title: ['term', 'title', 'name'],
  description: ['description', 'summary', 'excerpt'],
  category: ['category'],
  vertical: ['vertical', 'industry'],
  tags: ['tags', 'keywords'],
  author: ['author', 'authors'],
  publishedOn: [
    'pubDate',
    'publishDate',
    'published',
    'publishedOn',
    'publishedAt',
    'datePublished',
    'date',
  ],
  modifiedOn: [
    'modDate',
    'modifiedDate',
    'modifiedOn',
    'updated',
    'updatedDate',
    'updatedAt',
    'lastmod',
    'lastModified',
    'dateModified',
  ],
  slug: ['slug'],
};

const emptyFrontmatter = (): RawFrontmatter => ({
  title: null,
  description: null,
  category: null,
  vertical: null,
  tags: [],
  author: null,
  publishedOn: null,
  modifiedOn: null,
  slug: null,
  extra: {},
});

/** Splits off and parses the YAML frontmatter; throws `INVALID_FRONTMATTER` when it is unusable. */
export const splitFrontmatter = (text: string): SplitGuide => {
  const lines = text.split('\n');
  if (lines[0]?.trimEnd() === '+++') {
    const end = lines.findIndex((line, i) => i > 0 && line.trimEnd() === '+++');

    return {
      frontmatter: emptyFrontmatter(),
      body: lines.slice(end + 1).join('\n'),
      bodyLine: end + 2,
      warnings: [
        {
          line: 1,
          message:
            'TOML frontmatter (+++) is not supported; only YAML (---) is read',
        },
      ],
    };
  }
  if (lines[0]?.trimEnd() !== '---') {
    return {
      frontmatter: emptyFrontmatter(),
      body: text,
      bodyLine: 1,
      warnings: [],
    };
  }
  const close = lines.findIndex(
    (line, i) => i > 0 && /^(?:---|\.\.\.)\s*$/.test(line),
  );
  if (close < 0) {
    throw new GuideParseError(
      'INVALID_FRONTMATTER',
      1,
      'the frontmatter opened here is never closed with "---"',
    );
  }
  const warnings: GuideWarning[] = [];
  const frontmatter = readYaml(lines.slice(1, close).join('\n'), 2, warnings);

  return {
    frontmatter,
    body: lines.slice(close + 1).join('\n'),
    bodyLine: close + 2,
    warnings,
  };
};

const readYaml = (
  yaml: string,
  firstLine: number,
  warnings: GuideWarning[],
): RawFrontmatter => {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, {
    lineCounter,
    uniqueKeys: false,
    prettyErrors: false,
  });
  const lineAt = (offset: number): number =>
    firstLine - 1 + lineCounter.linePos(offset).line;
  const [error] = doc.errors;
  if (error !== undefined) {
    throw new GuideParseError(
      'INVALID_FRONTMATTER',
      lineAt(error.pos[0]),
      `invalid YAML in the frontmatter: ${error.message.split('\n')[0]}`,
    );
  }
  if (doc.contents !== null && !isMap(doc.contents)) {
    throw new GuideParseError(
      'INVALID_FRONTMATTER',
      firstLine,
      'the frontmatter must be a YAML mapping of keys to values',
    );
  }
  const keyLines = keyLinesOf(doc, lineAt, warnings);
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (cause) {
    throw new GuideParseError(
      'INVALID_FRONTMATTER',
      firstLine,
      `the frontmatter cannot be read: ${(cause as Error).message}`,
    );
  }
  const extra: Record<string, unknown> = {
    ...(data as Record<string, unknown> | null),
  };
  const result = emptyFrontmatter();
  for (const canonical of Object.keys(ALIASES) as Canonical[]) {
    const key = findKey(extra, ALIASES[canonical]);
    if (key === null) {
      continue;
    }
    const line = keyLines.get(key) ?? firstLine;
    const value = extra[key];
    delete extra[key];
    assignFrontmatterValue(result, canonical, value, line, warnings);
  }
  // An empty alias (`author:`) says nothing; dropping it keeps `extra` free of the canonical keys.
  for (const key of Object.keys(extra)) {
    const isAlias = Object.values(ALIASES).some((aliases) =>
      aliases.some((alias) => alias.toLowerCase() === key.toLowerCase()),
    );
    if (isAlias && (extra[key] === null || extra[key] === undefined)) {
      delete extra[key];
    }
  }
  result.extra = extra;

  return result;
};

const keyLinesOf = (
  doc: Document,
  lineAt: (offset: number) => number,
  warnings: GuideWarning[],
): Map<string, number> => {
  const lines = new Map<string, number>();
  if (!isMap(doc.contents)) {
    return lines;
  }
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : null;
    const offset = isScalar(pair.key) ? pair.key.range?.[0] : undefined;
    if (key === null || offset === undefined) {
      continue;
    }
    if (lines.has(key)) {
      warnings.push({
        line: lineAt(offset),
        message: `Frontmatter key "${key}" is repeated; the last value is used`,
      });
    }
    lines.set(key, lineAt(offset));
  }

  return lines;
};

const findKey = (
  data: Record<string, unknown>,
  aliases: string[],
): string | null => {
  const keys = Object.keys(data);
  for (const alias of aliases) {
    const found =
      keys.find((key) => key === alias) ??
      keys.find((key) => key.toLowerCase() === alias.toLowerCase());
    if (
      found !== undefined &&
      data[found] !== null &&
      data[found] !== undefined
    ) {
      return found;
    }
  }

  return null;
};
