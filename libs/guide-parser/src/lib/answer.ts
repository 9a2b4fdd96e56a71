import { buildField, isPart, itemLabel } from './answer-fields';
import { blockText, joinText } from './block-text';
import { FollowUpCollector } from './follow-ups';
import { readLabel, unwrap, type Label } from './inline-text';
import type { Block, ListBlock, ListItem } from './markdown-tree';
import type {
  AnswerField,
  AnswerPart,
  GuideWarning,
  ParsedAnswer,
} from './types';
import {
  isAnswerMarker,
  isFollowUpMarker,
  isKnownFieldLabel,
} from './vocabulary';

/** What the blocks after a question marker hold. */
export type QuestionBody = {
  /** The first paragraph, when the marker had no prompt (`#### Question 3` + bold paragraph). */
  prompt: string | null;
  context: string | null;
  answer: ParsedAnswer;
  followUps: FollowUpCollector;
};

type Mode = 'start' | 'answer' | 'follow-ups';

/** Reads the model answer, follow-ups and context of one question. */
export const readQuestionBody = (
  blocks: Block[],
  needsPrompt: boolean,
  warnings: GuideWarning[],
): QuestionBody => {
  const reader = new BodyReader(needsPrompt, warnings);
  for (const block of blocks) {
    reader.read(block);
  }

  return reader.finish();
};

class BodyReader {
  private mode: Mode = 'start';
  private prompt: string | null = null;
  private readonly context: string[] = [];
  private hasProseContext = false;
  private hasAnswer = false;
  private readonly summary: string[] = [];
  private readonly fields: AnswerField[] = [];
  private readonly headingParts: AnswerPart[] = [];
  private part: AnswerPart | null = null;
  private pendingFollowUps: number | null = null;
  private readonly followUps: FollowUpCollector;

  constructor(
    private needsPrompt: boolean,
    private readonly warnings: GuideWarning[],
  ) {
    this.followUps = new FollowUpCollector(warnings);
  }

  read(block: Block): void {
    switch (block.type) {
      case 'rule':
        return;
      case 'heading':
        return this.readHeading(unwrap(block.inline));
      case 'list':
        return this.readList(block);
      case 'paragraph': {
        const label = readLabel(block.inline);
        // Before the answer only the usual field names count (a "**Note:**" is context).
        const isField =
          label !== null &&
          label.hasColon &&
          (isKnownFieldLabel(label.label) || this.mode === 'answer');
        if (
          this.needsPrompt &&
          this.mode === 'start' &&
          !isMarker(label) &&
          !isField
        ) {
          this.needsPrompt = false;
          this.prompt = unwrap(block.inline);

          return;
        }
        if (this.readMarker(label, block.line)) {
          return;
        }
        if (this.mode === 'follow-ups') {
          this.followUps.readParagraph(block);
          this.pendingFollowUps = null;

          return;
        }
        if (isField && label !== null) {
          this.target().push(
            label.rest === ''
              ? { label: label.label }
              : { label: label.label, text: label.rest },
          );
          this.startAnswer();

          return;
        }

        this.hasProseContext ||= this.mode === 'start';

        return this.addProse(blockText(block));
      }
      case 'code':
      case 'raw':
        return this.addProse(blockText(block));
    }
  }

  finish(): QuestionBody {
    if (this.pendingFollowUps !== null) {
      this.warnings.push({
        line: this.pendingFollowUps,
        message: 'Follow-up label without any follow-up points',
      });
    }
    const fields = this.fields.filter((field) => !isPart(field));
    const parts = [
      ...this.fields
        .filter(isPart)
        .map((field) => ({ title: field.label, fields: field.children ?? [] })),
      ...this.headingParts,
    ];

    // Prose under a question with no marker and no fields is the answer itself;
    // only a lone snippet (code, table) stays the question's context.
    const isAnswerProse = !this.hasAnswer && this.hasProseContext;

    return {
      prompt: this.prompt,
      context: isAnswerProse ? null : joinText(this.context),
      answer: {
        summary: joinText(isAnswerProse ? this.context : this.summary),
        fields,
        parts,
      },
      followUps: this.followUps,
    };
  }

  private readHeading(text: string): void {
    if (isAnswerMarker(text)) {
      this.startAnswer();
      this.part = null;
    } else if (isFollowUpMarker(text)) {
      this.mode = 'follow-ups';
    } else {
      this.part = { title: text, fields: [] };
      this.headingParts.push(this.part);
      this.startAnswer();
    }
  }

  private readMarker(label: Label | null, line: number): boolean {
    if (!isMarker(label) || label === null) {
      return false;
    }
    if (isAnswerMarker(label.label)) {
      this.startAnswer();
      this.part = null;
      this.summary.push(label.rest);
    } else {
      this.mode = 'follow-ups';
      this.pendingFollowUps = line;
      if (label.rest !== '') {
        this.followUps.add(label.rest);
        this.pendingFollowUps = null;
      }
    }

    return true;
  }

  private readList(list: ListBlock): void {
    if (this.mode === 'follow-ups') {
      this.followUps.readList(list);
      this.pendingFollowUps = null;

      return;
    }
    this.startAnswer();
    for (const item of list.items) {
      if (this.isReadingFollowUps()) {
        this.followUps.readList({ ...list, items: [item] });
        this.pendingFollowUps = null;
      } else {
        this.readAnswerItem(item);
      }
    }
  }

  // Without blank lines, a `Follow-up Points:` line continues the bullet above
  // it; the bullets after it are follow-ups.
  private splitTrailingFollowUps(item: ListItem): ListItem {
    const at = item.blocks.findIndex(
      (block, index) =>
        index > 0 &&
        block.type === 'paragraph' &&
        isFollowUpMarker(readLabel(block.inline)?.label ?? ''),
    );
    if (at < 0) {
      return item;
    }
    const [marker, ...after] = item.blocks.slice(at);
    if (marker.type === 'paragraph') {
      this.readMarker(readLabel(marker.inline), marker.line);
    }
    after.forEach((block) => this.read(block));

    return { ...item, blocks: item.blocks.slice(0, at) };
  }

  private readAnswerItem(item: ListItem): void {
    const label = itemLabel(item);
    const rest = item.blocks.slice(1);
    if (label !== null && isAnswerMarker(label.label)) {
      this.summary.push(label.rest);
      for (const block of rest) {
        if (block.type === 'list') {
          block.items.forEach((nested) => this.readAnswerItem(nested));
        } else {
          this.summary.push(blockText(block) ?? '');
        }
      }

      return;
    }
    if (label !== null && isFollowUpMarker(label.label)) {
      this.readFollowUpItem(label, rest, item.line);

      return;
    }
    const before = this.splitTrailingFollowUps(item);
    const field = buildField(before, this.followUps);
    if (field === null) {
      this.warnings.push({
        line: item.line,
        message: 'Empty list item in an answer ignored',
      });
    } else {
      this.target().push(field);
    }
  }

  private readFollowUpItem(label: Label, rest: Block[], line: number): void {
    const before = this.followUps.prompts.length;
    if (label.rest !== '') {
      this.followUps.add(label.rest);
    }
    for (const block of rest) {
      if (block.type === 'list') {
        this.followUps.readList(block);
      } else if (block.type === 'paragraph') {
        this.followUps.readParagraph(block);
      }
    }
    if (this.followUps.prompts.length === before) {
      this.warnings.push({
        line,
        message: 'Follow-up label without any follow-up points',
      });
    }
  }

  // A method, so the mode is read again after `readAnswerItem` may have changed it.
  private isReadingFollowUps(): boolean {
    return this.mode === 'follow-ups';
  }

  private startAnswer(): void {
    this.mode = 'answer';
    this.hasAnswer = true;
  }

  private target(): AnswerField[] {
    return this.part?.fields ?? this.fields;
  }

  private addProse(text: string | null): void {
    (this.mode === 'start' ? this.context : this.summary).push(text ?? '');
  }
}

const isMarker = (label: Label | null): boolean =>
  label !== null &&
  (label.hasColon || label.rest === '') &&
  (isAnswerMarker(label.label) || isFollowUpMarker(label.label));
