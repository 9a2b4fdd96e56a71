import { Accordion, List, Stack, Text } from '@mantine/core';

import type { ScoringRubric } from '@web/modules/scorecards/utils/scorecardContent';

export type RubricReferenceProps = {
  rubric: ScoringRubric | null;
};

/** The rubric's competencies with what each level looks like, to listen for while interviewing. */
export function RubricReference({ rubric }: RubricReferenceProps) {
  if (!rubric || rubric.competencies.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        The kit of this session has no rubric.
      </Text>
    );
  }

  return (
    <Accordion
      multiple
      variant="separated"
      radius="sm"
      chevronPosition="left"
      styles={{ control: { paddingBlock: 4 }, label: { paddingBlock: 6 } }}
    >
      {rubric.competencies.map((competency) => (
        <Accordion.Item key={competency.id} value={competency.id}>
          <Accordion.Control>
            <Text size="sm" fw={600}>
              {competency.name}
            </Text>
          </Accordion.Control>
          <Accordion.Panel>
            <Stack gap={6}>
              {competency.description ? (
                <Text size="xs" c="dimmed">
                  {competency.description}
                </Text>
              ) : null}
              <List size="sm" spacing={4} listStyleType="none" p={0}>
                {rubric.scale.map((step) => {
                  const anchor = competency.anchors.find(
                    (candidate) => candidate.level === step.level,
                  );

                  return (
                    <List.Item key={step.level}>
                      <Text span size="sm" fw={600}>
                        {step.level} · {step.label}:
                      </Text>{' '}
                      <Text span size="sm" c={anchor ? undefined : 'dimmed'}>
                        {anchor?.text ?? 'No anchor for this level.'}
                      </Text>
                    </List.Item>
                  );
                })}
              </List>
            </Stack>
          </Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}
