import { blockText, joinText } from './block-text';
import { collapse, readLabel, unwrap } from './inline-text';
import type {
  Block,
  ListBlock,
  ListItem,
  ParagraphBlock,
} from './markdown-tree';
import type { GuideWarning } from './types';
import { isInterviewerLabel, isResponseLabel } from './vocabulary';

/**
 * Collects follow-up points of one question from every follow-up list
 * (plain items, bold questions with nested responses, Interviewer/Response pairs).
 */
export class FollowUpCollector {
  readonly prompts: string[] = [];
  readonly responses: (string | null)[] = [];

  constructor(private readonly warnings: GuideWarning[]) {}

  add(prompt: string, response: string | null = null): void {
    this.prompts.push(prompt);
    this.responses.push(response);
  }

  readList(list: ListBlock): void {
    for (const item of list.items) {
      this.readItem(item);
    }
  }

  readParagraph(paragraph: ParagraphBlock): void {
    this.readEntry(paragraph, [], paragraph.line);
  }

  /** `followUpResponses` value: only when some follow-up has a response. */
  responsesIfAny(): (string | null)[] | undefined {
    return this.responses.some((response) => response !== null)
      ? [...this.responses]
      : undefined;
  }

  private readItem(item: ListItem): void {
    const [first, ...rest] = item.blocks;
    if (first?.type !== 'paragraph') {
      const text = joinText(item.blocks.map(blockText));
      if (text === null) {
        this.warnings.push({
          line: item.line,
          message: 'Empty follow-up item ignored',
        });
      } else {
        this.add(text);
      }

      return;
    }
    this.readEntry(first, rest, item.line);
  }

  private readEntry(first: ParagraphBlock, rest: Block[], line: number): void {
    const label = readLabel(first.inline);
    const nested = responseText(rest);
    if (label !== null && label.hasColon && isResponseLabel(label.label)) {
      this.respond(joinText([label.rest, nested]), line);

      return;
    }
    const prompt =
      label !== null && label.hasColon && isInterviewerLabel(label.label)
        ? label.rest
        : unwrap(first.inline);
    if (prompt === '') {
      this.warnings.push({
        line,
        message: 'Follow-up item without text ignored',
      });

      return;
    }
    this.add(prompt, nested);
  }

  private respond(text: string | null, line: number): void {
    const last = this.prompts.length - 1;
    if (last < 0) {
      this.warnings.push({
        line,
        message: 'Response without a follow-up question before it; ignored',
      });

      return;
    }
    this.responses[last] = joinText([this.responses[last], text]);
  }
}

// Nested responses: a `**Response:**` label is dropped, other text kept as written.
const responseText = (blocks: Block[]): string | null =>
  joinText(
    blocks.flatMap((block) => {
      if (block.type === 'list') {
        return block.items.map((item) => responseText(item.blocks));
      }
      if (block.type === 'paragraph') {
        const label = readLabel(block.inline);

        return label !== null && label.hasColon && isResponseLabel(label.label)
          ? label.rest
          : collapse(block.inline.source);
      }

      return blockText(block);
    }),
  );
