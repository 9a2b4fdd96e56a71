import type { ReactNode } from 'react';
import { Box } from '@mantine/core';

import {
  type LevelTone,
  toneStyle,
} from '@web/modules/candidate-review/utils/ratingScale';

export type ToneChipProps = {
  tone: LevelTone | 'gray';
  children: ReactNode;
};

/** A small label tinted on the red → green scale, with dark text for contrast. */
export function ToneChip({ tone, children }: ToneChipProps) {
  const { background, borderColor } = toneStyle(tone);

  return (
    <Box
      component="span"
      data-tone={tone}
      px={8}
      py={2}
      fz="sm"
      fw={500}
      style={{
        display: 'inline-block',
        background,
        borderLeft: `4px solid ${borderColor}`,
        borderRadius: 'var(--mantine-radius-sm)',
        color: 'var(--mantine-color-black)',
        whiteSpace: 'nowrap',
      }}
    >
      {children}
    </Box>
  );
}
