import { Fragment } from 'react';
import { Code } from '@mantine/core';

import {
  type InlineNode,
  parseInlineMarkdown,
} from '@web/modules/questions/utils/parseInlineMarkdown';

export type InlineMarkdownProps = { text: string };

/** Inline Markdown (bold, emphasis, code spans) as React elements; never HTML. */
export function InlineMarkdown({ text }: InlineMarkdownProps) {
  return <InlineNodes nodes={parseInlineMarkdown(text)} />;
}

function InlineNodes({ nodes }: { nodes: InlineNode[] }) {
  return nodes.map((node, index) => {
    switch (node.type) {
      case 'text':
        return <Fragment key={index}>{node.text}</Fragment>;
      case 'code':
        return (
          <Code key={index} fz="0.875em">
            {node.text}
          </Code>
        );
      case 'strong':
        return (
          <strong key={index}>
            <InlineNodes nodes={node.children} />
          </strong>
        );
      case 'em':
        return (
          <em key={index}>
            <InlineNodes nodes={node.children} />
          </em>
        );
    }
  });
}
