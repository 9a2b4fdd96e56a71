import { Radio, Group, Stack, Text, Textarea, Title } from '@mantine/core';

import type {
  Recommendation,
  ScorecardContent,
} from '@panelwise/domain-scorecard';

import {
  RECOMMENDATIONS,
  type ScoringRubric,
  setEvidence,
  setLevel,
  setQuestionRating,
} from '@web/modules/scorecards/utils/scorecardContent';

import { CompetencyRatingField } from './CompetencyRatingField';
import {
  QuestionRatingsField,
  type RatedQuestion,
} from './QuestionRatingsField';

export type ScorecardFormProps = {
  rubric: ScoringRubric;
  content: ScorecardContent;
  askedQuestions: readonly RatedQuestion[];
  /** Problems to show next to their fields, keyed like `ratings.<id>.level`. */
  problems: ReadonlyMap<string, string>;
  isReadOnly: boolean;
  onChange: (update: (previous: ScorecardContent) => ScorecardContent) => void;
};

/** Ratings per competency, per question, the recommendation and the summary. */
export function ScorecardForm({
  rubric,
  content,
  askedQuestions,
  problems,
  isReadOnly,
  onChange,
}: ScorecardFormProps) {
  return (
    <Stack gap="lg">
      <Stack
        gap="sm"
        component="section"
        aria-labelledby="competencies-heading"
      >
        <Title order={2} size="h4" id="competencies-heading">
          Competencies
        </Title>
        {rubric.competencies.map((competency) => {
          const rating = content.ratings.find(
            (candidate) => candidate.competencyId === competency.id,
          ) ?? {
            competencyId: competency.id,
            level: null,
            notAssessed: false,
            evidence: '',
          };

          return (
            <CompetencyRatingField
              key={competency.id}
              competency={competency}
              scale={rubric.scale}
              rating={rating}
              levelError={problems.get(`ratings.${competency.id}.level`)}
              evidenceError={problems.get(`ratings.${competency.id}.evidence`)}
              isReadOnly={isReadOnly}
              onLevelChange={(choice) =>
                onChange((previous) =>
                  setLevel(previous, competency.id, choice),
                )
              }
              onEvidenceChange={(evidence) =>
                onChange((previous) =>
                  setEvidence(previous, competency.id, evidence),
                )
              }
            />
          );
        })}
      </Stack>
      <QuestionRatingsField
        questions={askedQuestions}
        scale={rubric.scale}
        ratings={content.questionRatings}
        isReadOnly={isReadOnly}
        onChange={(sessionQuestionId, level) =>
          onChange((previous) =>
            setQuestionRating(previous, sessionQuestionId, level),
          )
        }
      />
      <Stack gap="sm" component="section" aria-labelledby="overall-heading">
        <Title order={2} size="h4" id="overall-heading">
          Overall
        </Title>
        <Radio.Group
          label="Recommendation"
          withAsterisk
          value={content.recommendation ?? ''}
          error={problems.get('recommendation')}
          onChange={(value) =>
            isReadOnly
              ? undefined
              : onChange((previous) => ({
                  ...previous,
                  recommendation: value as Recommendation,
                }))
          }
        >
          <Group gap="lg" mt="xs">
            {RECOMMENDATIONS.map((option) => (
              <Radio
                key={option.value}
                value={option.value}
                label={option.label}
                disabled={isReadOnly && content.recommendation !== option.value}
              />
            ))}
          </Group>
        </Radio.Group>
        <Textarea
          label="Summary"
          description="The story of the interview for the debrief: strengths, concerns, what to probe next time."
          value={content.summary}
          readOnly={isReadOnly}
          error={problems.get('summary')}
          autosize
          minRows={4}
          maxRows={16}
          onChange={(event) => {
            const summary = event.currentTarget.value;
            onChange((previous) => ({ ...previous, summary }));
          }}
        />
        {isReadOnly ? null : (
          <Text size="xs" c="dimmed">
            Everything saves as a draft while you type; others see it only once
            you submit.
          </Text>
        )}
      </Stack>
    </Stack>
  );
}
