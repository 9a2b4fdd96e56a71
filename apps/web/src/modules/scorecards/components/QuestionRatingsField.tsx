import { Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';

import type { QuestionRating } from '@panelwise/domain-scorecard';

import type { ScoringRubric } from '@web/modules/scorecards/utils/scorecardContent';

export type RatedQuestion = { id: string; label: string; prompt: string };

export type QuestionRatingsFieldProps = {
  questions: readonly RatedQuestion[];
  scale: ScoringRubric['scale'];
  ratings: readonly QuestionRating[];
  isReadOnly: boolean;
  onChange: (sessionQuestionId: string, level: number | null) => void;
};

const NONE = 'none';

/** Optional ratings of the questions that were asked. */
export function QuestionRatingsField({
  questions,
  scale,
  ratings,
  isReadOnly,
  onChange,
}: QuestionRatingsFieldProps) {
  return (
    <Stack
      gap="sm"
      component="section"
      aria-labelledby="question-ratings-heading"
    >
      <div>
        <Title order={2} size="h4" id="question-ratings-heading">
          Questions asked{' '}
          <Text span c="dimmed" size="sm" fw={400}>
            (optional)
          </Text>
        </Title>
        <Text size="sm" c="dimmed">
          Rate individual answers when it helps the debrief.
        </Text>
      </div>
      {questions.length === 0 ? (
        <Text size="sm" c="dimmed">
          No question was marked asked in the room.
        </Text>
      ) : (
        questions.map((question) => {
          const level = ratings.find(
            (rating) => rating.sessionQuestionId === question.id,
          )?.level;

          return (
            <Group
              key={question.id}
              justify="space-between"
              wrap="wrap"
              gap="sm"
              align="center"
            >
              <Text
                size="sm"
                style={{ flex: '1 1 280px' }}
                id={`qr-${question.id}`}
              >
                <strong>{question.label}.</strong> {question.prompt}
              </Text>
              <SegmentedControl
                size="sm"
                value={level === undefined ? NONE : String(level)}
                readOnly={isReadOnly}
                aria-labelledby={`qr-${question.id}`}
                onChange={(next) =>
                  onChange(question.id, next === NONE ? null : Number(next))
                }
                data={[
                  { value: NONE, label: 'None' },
                  ...scale.map((step) => ({
                    value: String(step.level),
                    label: (
                      <span title={step.label}>
                        {step.level}
                        <span className="pw-visually-hidden">
                          {' '}
                          · {step.label}
                        </span>
                      </span>
                    ),
                  })),
                ]}
              />
            </Group>
          );
        })
      )}
    </Stack>
  );
}
