import { blockText, joinText } from './block-text';
import { collapse, readLabel } from './inline-text';
import type { LooseContent } from './layout';
import type { Block, ListItem } from './markdown-tree';
import type { ProfileItem, ProfileSection } from './types';

export type ProfileResult = {
  sections: ProfileSection[];
  /** Intro paragraphs under the title heading, used when the frontmatter has no description. */
  intro: string | null;
};

/** Turns the content outside the questions into role-profile sections. */
export const buildProfile = (
  loose: LooseContent[],
  firstQuestionLine: number,
  needsDescription: boolean,
): ProfileResult => {
  let intro: string | null = null;
  const sections: ProfileSection[] = [];
  for (const { segment, blocks } of loose) {
    let rest = blocks;
    const isIntro = segment.heading === null || segment.isTitle;
    if (isIntro && needsDescription && intro === null) {
      const leading = rest.findIndex((block) => block.type !== 'paragraph');
      const paragraphs = leading < 0 ? rest : rest.slice(0, leading);
      intro = joinText(paragraphs.map(blockText));
      rest = rest.slice(paragraphs.length);
    }
    const section = buildSection(
      segment.heading === null ? 'Introduction' : segment.text,
      rest,
      (segment.heading?.line ?? 1) < firstQuestionLine
        ? 'before-questions'
        : 'after-questions',
    );
    if (section.items.length > 0 || section.notes.length > 0) {
      sections.push(section);
    }
  }

  return { sections, intro };
};

const buildSection = (
  title: string,
  blocks: Block[],
  position: ProfileSection['position'],
): ProfileSection => {
  const items: ProfileItem[] = [];
  const notes: string[] = [];
  for (const block of blocks) {
    if (block.type === 'list') {
      for (const item of block.items) {
        const entry = profileItem(item);
        if (entry !== null) {
          items.push(entry);
        }
      }
    } else {
      const text = blockText(block);
      if (text !== null) {
        notes.push(text);
      }
    }
  }

  return { title, position, items, notes };
};

const profileItem = (item: ListItem): ProfileItem | null => {
  const [first, ...rest] = item.blocks;
  const details: string[] = [];
  let label = '';
  if (first?.type === 'paragraph') {
    const read = readLabel(first.inline);
    if (read !== null && (read.hasColon || read.rest === '')) {
      label = read.label;
      if (read.rest !== '') {
        details.push(read.rest);
      }
    } else {
      label = collapse(first.inline.source).replace(/:$/, '').trim();
    }
  } else if (first !== undefined) {
    rest.unshift(first);
  }
  for (const block of rest) {
    details.push(...detailTexts(block));
  }

  return label === '' && details.length === 0 ? null : { label, details };
};

// Nested lists are flattened: every entry becomes one detail line.
const detailTexts = (block: Block): string[] => {
  if (block.type !== 'list') {
    const text = blockText(block);

    return text === null ? [] : [text];
  }

  return block.items.flatMap((item) => item.blocks.flatMap(detailTexts));
};
