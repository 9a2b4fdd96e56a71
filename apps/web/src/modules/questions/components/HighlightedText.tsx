import { Fragment } from 'react';
import { Mark } from '@mantine/core';

export type HighlightSegment = { text: string; isMatch: boolean };

export type HighlightedTextProps = { segments: readonly HighlightSegment[] };

// The passage comes from the answer's Markdown source: fence openers and
// inline markers mean nothing in a one-line excerpt.
const MARKUP = /```[\w+#.-]*|`|\*\*|__/g;

/** A search passage with the matched words in <mark>; rendered as text only. */
export function HighlightedText({ segments }: HighlightedTextProps) {
  return segments.map((segment, index) => {
    const text = segment.text.replace(MARKUP, '');

    return segment.isMatch ? (
      <Mark key={index} color="yellow">
        {text}
      </Mark>
    ) : (
      <Fragment key={index}>{text}</Fragment>
    );
  });
}
