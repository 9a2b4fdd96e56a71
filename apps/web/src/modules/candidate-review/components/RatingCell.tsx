import { Box, Text, Tooltip } from '@mantine/core';

import {
  levelLabel,
  levelTone,
  type ScaleStep,
  toneStyle,
} from '@web/modules/candidate-review/utils/ratingScale';
import type { MatrixCell } from '@web/modules/candidate-review/utils/reviewMatrix';

export type RatingCellProps = {
  cell: MatrixCell | undefined;
  scale: readonly ScaleStep[];
};

/** One rating: the level tinted on the scale (grey n/a when not assessed), evidence on hover or focus. */
export function RatingCell({ cell, scale }: RatingCellProps) {
  if (!cell) {
    return (
      <Text size="sm" c="dimmed">
        —<span className="pw-visually-hidden"> Not on this scorecard</span>
      </Text>
    );
  }
  const isRated = !cell.notAssessed && cell.level !== null;
  const tone =
    isRated && cell.level !== null ? levelTone(cell.level, scale) : 'gray';
  const { background, borderColor } = toneStyle(tone);
  const label =
    isRated && cell.level !== null ? levelLabel(cell.level, scale) : '';
  const evidence = cell.evidence.trim();

  const content = (
    <Box
      data-testid="rating-cell"
      data-tone={tone}
      // Focusable only with evidence to show: keyboard users get the tooltip too.
      tabIndex={evidence ? 0 : undefined}
      px="xs"
      py={4}
      style={{
        background,
        borderLeft: `4px solid ${borderColor}`,
        borderRadius: 'var(--mantine-radius-sm)',
        color: 'var(--mantine-color-black)',
        cursor: evidence ? 'help' : undefined,
      }}
    >
      {isRated ? (
        <>
          <Text span fw={700} size="md">
            {cell.level}
          </Text>
          {label ? (
            <Text span size="xs" ml={6}>
              {label}
            </Text>
          ) : null}
        </>
      ) : (
        <Text span size="sm" fw={500}>
          n/a<span className="pw-visually-hidden"> (not assessed)</span>
        </Text>
      )}
      {evidence ? (
        <Text span size="xs" ml={6} aria-hidden>
          ¶
        </Text>
      ) : null}
    </Box>
  );

  if (!evidence) {
    return content;
  }

  return (
    <Tooltip
      label={evidence}
      multiline
      w={320}
      withArrow
      events={{ hover: true, focus: true, touch: true }}
      style={{ whiteSpace: 'pre-wrap' }}
    >
      {content}
    </Tooltip>
  );
}
