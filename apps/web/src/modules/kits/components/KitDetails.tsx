import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';

import type { Kit } from '@web/modules/kits/hooks/useKit';
import { formatMinutes, questionLabel } from '@web/modules/kits/utils/kitDraft';

export type KitDetailsProps = { kit: Kit };

/** A kit as interviewers read it: the plan, without editing. */
export function KitDetails({ kit }: KitDetailsProps) {
  const items = [...kit.items].sort((a, b) => a.position - b.position);

  return (
    <Stack gap="lg">
      <Paper
        withBorder
        p="lg"
        component="section"
        aria-labelledby="kit-plan-heading"
      >
        <Title order={2} size="h3" id="kit-plan-heading" mb="sm">
          Plan
        </Title>
        <Stack gap="xs">
          <Text size="sm">
            <Text span fw={600}>
              Target role:
            </Text>{' '}
            {kit.targetRole}
          </Text>
          <Text size="sm">
            <Text span fw={600}>
              Rubric:
            </Text>{' '}
            {kit.rubric.name}
          </Text>
          <Text size="sm">
            <Text span fw={600}>
              Length:
            </Text>{' '}
            {items.length} {items.length === 1 ? 'question' : 'questions'},{' '}
            {formatMinutes(kit.totalMinutes)}
          </Text>
        </Stack>
      </Paper>
      <Paper
        withBorder
        p="lg"
        component="section"
        aria-labelledby="kit-instructions-heading"
      >
        <Title order={2} size="h3" id="kit-instructions-heading" mb="sm">
          Interviewer instructions
        </Title>
        {kit.instructions.trim() ? (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {kit.instructions}
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            No instructions.
          </Text>
        )}
      </Paper>
      <Paper
        withBorder
        p="lg"
        component="section"
        aria-labelledby="kit-order-heading"
      >
        <Title order={2} size="h3" id="kit-order-heading" mb="sm">
          Questions in order
        </Title>
        {items.length === 0 ? (
          <Text size="sm" c="dimmed">
            This kit has no questions yet.
          </Text>
        ) : (
          <Stack
            component="ol"
            gap="xs"
            m={0}
            p={0}
            style={{ listStyle: 'none' }}
          >
            {items.map((item, index) => (
              <li key={item.id} data-testid="kit-item">
                <Group gap="sm" wrap="nowrap" align="flex-start">
                  <Text fw={600} size="sm" w={24} ta="right">
                    {index + 1}.
                  </Text>
                  <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
                    <Text size="sm">{item.question.prompt}</Text>
                    <Group gap={6}>
                      <Badge size="xs" variant="light" color="indigo">
                        {questionLabel(item.question)}
                      </Badge>
                      <Text size="xs" c="dimmed">
                        {item.question.guide.title}
                      </Text>
                      {item.question.retired ? (
                        <Badge size="xs" variant="light" color="red">
                          Retired: left out of new sessions
                        </Badge>
                      ) : null}
                    </Group>
                  </Stack>
                  <Text size="sm" fw={500} style={{ whiteSpace: 'nowrap' }}>
                    {item.plannedMinutes} min
                  </Text>
                </Group>
              </li>
            ))}
          </Stack>
        )}
      </Paper>
    </Stack>
  );
}
