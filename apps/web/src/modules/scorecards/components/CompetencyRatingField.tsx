import { useId, useState } from 'react';
import { useMediaQuery } from '@mantine/hooks';
import {
  Paper,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';

import {
  type CompetencyRating,
  requiresEvidence,
} from '@panelwise/domain-scorecard';

import type { ScoringRubric } from '@web/modules/scorecards/utils/scorecardContent';

type Competency = ScoringRubric['competencies'][number];

export type CompetencyRatingFieldProps = {
  competency: Competency;
  scale: ScoringRubric['scale'];
  rating: CompetencyRating;
  levelError?: string;
  evidenceError?: string;
  isReadOnly: boolean;
  onLevelChange: (choice: number | 'not-assessed') => void;
  onEvidenceChange: (evidence: string) => void;
};

const NOT_ASSESSED = 'not-assessed';

/** One competency: the scale with its behavioural anchors, "not assessed", and evidence. */
export function CompetencyRatingField({
  competency,
  scale,
  rating,
  levelError,
  evidenceError,
  isReadOnly,
  onLevelChange,
  onEvidenceChange,
}: CompetencyRatingFieldProps) {
  const headingId = useId();
  const anchorId = useId();
  const [hoveredLevel, setHoveredLevel] = useState<number | null>(null);
  // Five labelled levels do not fit across a phone: they stack.
  const isNarrow = useMediaQuery('(max-width: 36em)');
  const shownLevel = hoveredLevel ?? rating.level;
  const shownStep = scale.find((step) => step.level === shownLevel);
  const anchor = competency.anchors.find(
    (candidate) => candidate.level === shownLevel,
  );
  const isEvidenceRequired = requiresEvidence(scale, rating.level);
  const value = rating.notAssessed
    ? NOT_ASSESSED
    : rating.level !== null
      ? String(rating.level)
      : '';

  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="section"
      aria-labelledby={headingId}
      data-competency={competency.name}
    >
      <Stack gap="sm">
        <div>
          <Title order={3} size="h5" id={headingId}>
            {competency.name}
          </Title>
          {competency.description ? (
            <Text size="sm" c="dimmed">
              {competency.description}
            </Text>
          ) : null}
        </div>
        <SegmentedControl
          fullWidth
          orientation={isNarrow ? 'vertical' : 'horizontal'}
          value={value}
          readOnly={isReadOnly}
          aria-labelledby={headingId}
          aria-describedby={anchorId}
          onChange={(next) =>
            onLevelChange(next === NOT_ASSESSED ? NOT_ASSESSED : Number(next))
          }
          data={[
            ...scale.map((step) => ({
              value: String(step.level),
              label: (
                <span
                  onMouseEnter={() => setHoveredLevel(step.level)}
                  onMouseLeave={() => setHoveredLevel(null)}
                >
                  {step.level} · {step.label}
                </span>
              ),
            })),
            { value: NOT_ASSESSED, label: 'Not assessed' },
          ]}
        />
        <Text
          id={anchorId}
          size="sm"
          p="xs"
          bg="var(--mantine-color-gray-0)"
          bdrs="sm"
          aria-live="polite"
          mih={36}
        >
          {shownStep ? (
            <>
              <strong>
                {shownStep.level} · {shownStep.label}:
              </strong>{' '}
              {anchor?.text ?? 'The rubric describes no anchor for this level.'}
            </>
          ) : rating.notAssessed ? (
            'Not assessed in this interview.'
          ) : (
            <Text span size="sm" c="dimmed">
              Point at a level to see what it looks like.
            </Text>
          )}
        </Text>
        {levelError ? (
          <Text
            size="sm"
            c="var(--mantine-color-error)"
            role="alert"
            data-problem
          >
            {levelError}
          </Text>
        ) : null}
        {isReadOnly ? (
          <div>
            <Text size="sm" fw={500}>
              Evidence
            </Text>
            <Text
              size="sm"
              c={rating.evidence ? undefined : 'dimmed'}
              style={{ whiteSpace: 'pre-wrap' }}
            >
              {rating.evidence || 'None written.'}
            </Text>
          </div>
        ) : (
          <Textarea
            label="Evidence"
            description={
              isEvidenceRequired
                ? 'Required for the lowest and highest level: what did the candidate say or do?'
                : 'What the candidate said or did that supports the rating.'
            }
            withAsterisk={isEvidenceRequired}
            required={isEvidenceRequired}
            value={rating.evidence}
            error={evidenceError}
            autosize
            minRows={2}
            maxRows={10}
            onChange={(event) => onEvidenceChange(event.currentTarget.value)}
          />
        )}
      </Stack>
    </Paper>
  );
}
