import type { ReactNode, Ref } from 'react';
import { Group, type MantineRadius, Paper, Title } from '@mantine/core';

export type SectionPanelProps = {
  /** The section's heading (an h2 styled as h3). */
  title: string;
  /** The heading's id; the section is labelled by it. */
  headingId: string;
  /** Shown at the heading's right, e.g. a count or a total. */
  aside?: ReactNode;
  /** The gap under the heading row. */
  headingGap?: 'xs' | 'sm';
  /** For moving the focus to the heading (it is focusable only with a ref). */
  headingRef?: Ref<HTMLHeadingElement>;
  radius?: MantineRadius;
  children: ReactNode;
};

/** A bordered section of a form or page, labelled by its heading. */
export function SectionPanel({
  title,
  headingId,
  aside,
  headingGap = 'sm',
  headingRef,
  radius,
  children,
}: SectionPanelProps) {
  const heading = (
    <Title
      order={2}
      size="h3"
      id={headingId}
      ref={headingRef}
      tabIndex={headingRef ? -1 : undefined}
      mb={aside ? undefined : headingGap}
    >
      {title}
    </Title>
  );

  return (
    <Paper
      withBorder
      radius={radius}
      p="lg"
      component="section"
      aria-labelledby={headingId}
    >
      {aside ? (
        <Group justify="space-between" align="baseline" mb={headingGap}>
          {heading}
          {aside}
        </Group>
      ) : (
        heading
      )}
      {children}
    </Paper>
  );
}
