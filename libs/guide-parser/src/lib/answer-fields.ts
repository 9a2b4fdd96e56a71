import { blockText, joinText } from './block-text';
import type { FollowUpCollector } from './follow-ups';
import { collapse, readLabel, type Label } from './inline-text';
import type { ListItem } from './markdown-tree';
import type { AnswerField } from './types';
import { isFollowUpMarker, isKnownFieldLabel } from './vocabulary';

/** The bold label of a list item: `**Label:** text`, or bold text alone over a nested list. */
export const itemLabel = (item: ListItem): Label | null => {
  const first = item.blocks[0];
  if (first?.type !== 'paragraph') {
    return null;
  }
  const label = readLabel(first.inline);
  if (label === null) {
    return null;
  }
  const hasNested = item.blocks.some((block) => block.type === 'list');

  return label.hasColon || (label.rest === '' && hasNested) ? label : null;
};

const isPlainItem = (item: ListItem): boolean =>
  item.blocks.length === 1 &&
  item.blocks[0].type === 'paragraph' &&
  itemLabel(item) === null;

/** One list item of an answer as a field; follow-up lists found inside go to `followUps`. */
export const buildField = (
  item: ListItem,
  followUps: FollowUpCollector,
): AnswerField | null => {
  const label = itemLabel(item);
  const text: (string | null)[] = [];
  const nested: ListItem[] = [];
  let ordered = false;
  item.blocks.forEach((block, index) => {
    if (index === 0 && label !== null) {
      text.push(label.rest);
    } else if (block.type === 'list') {
      ordered ||= nested.length === 0 && block.ordered;
      for (const entry of block.items) {
        const entryLabel = itemLabel(entry);
        if (entryLabel !== null && isFollowUpMarker(entryLabel.label)) {
          if (entryLabel.rest !== '') {
            followUps.add(entryLabel.rest);
          }
          for (const inner of entry.blocks.slice(1)) {
            if (inner.type === 'list') {
              followUps.readList(inner);
            }
          }
        } else {
          nested.push(entry);
        }
      }
    } else {
      text.push(
        block.type === 'paragraph'
          ? collapse(block.inline.source)
          : blockText(block),
      );
    }
  });
  const field: AnswerField = { label: label?.label ?? '' };
  const joined = joinText(text);
  if (joined !== null) {
    field.text = joined;
  }
  if (nested.length > 0 && nested.every(isPlainItem)) {
    field.items = nested.map((entry) => blockText(entry.blocks[0]) ?? '');
  } else if (nested.length > 0) {
    field.children = nested
      .map((entry) => buildField(entry, followUps))
      .filter((child): child is AnswerField => child !== null);
  }
  if (ordered && nested.length > 0) {
    field.ordered = true;
  }

  return field.label === '' &&
    field.text === undefined &&
    field.items === undefined &&
    field.children === undefined
    ? null
    : field;
};

/**
 * A field is a named part ("Batch Normalization") when it only groups
 * labelled fields, at least one of them a usual answer field, and its own
 * label is not a usual field name (so "Process" with labelled steps stays a field).
 */
export const isPart = (field: AnswerField): boolean =>
  field.label !== '' &&
  field.text === undefined &&
  field.children !== undefined &&
  field.children.length > 0 &&
  field.children.every((child) => child.label !== '') &&
  field.children.some((child) => isKnownFieldLabel(child.label)) &&
  !isKnownFieldLabel(field.label);
