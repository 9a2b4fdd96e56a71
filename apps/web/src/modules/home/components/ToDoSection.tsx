import type { ReactNode } from 'react';
import {
  Anchor,
  Badge,
  Group,
  Loader,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { Link } from 'react-router';

import { ErrorState } from '@web/modules/shared/components/ErrorState';
import type { ApiError } from '@web/modules/shared/utils/apiError';

export type ToDoSectionProps = {
  id: string;
  title: string;
  /** A short count next to the title ("3 overdue"); red when `isUrgent`. */
  badge?: string | null;
  isUrgent?: boolean;
  /** Where the whole list is handled. */
  moreLink?: { to: string; label: string };
  isLoading: boolean;
  error: ApiError | null;
  retry: () => void;
  isEmpty: boolean;
  emptyText: string;
  children: ReactNode;
};

/** One heading of the coordinator's to-do list: its items, or why there are none. */
export function ToDoSection({
  id,
  title,
  badge,
  isUrgent = false,
  moreLink,
  isLoading,
  error,
  retry,
  isEmpty,
  emptyText,
  children,
}: ToDoSectionProps) {
  return (
    <section aria-labelledby={id}>
      <Group justify="space-between" align="center" mb="xs" gap="xs">
        <Group gap="xs">
          <Title order={2} size="h3" id={id}>
            {title}
          </Title>
          {badge ? (
            <Badge color={isUrgent ? 'red' : 'gray'} variant="light">
              {badge}
            </Badge>
          ) : null}
        </Group>
        {moreLink ? (
          <Anchor component={Link} to={moreLink.to} size="sm">
            {moreLink.label}
          </Anchor>
        ) : null}
      </Group>
      {isLoading ? (
        <Loader size="sm" aria-label={`Loading ${title.toLowerCase()}`} />
      ) : error ? (
        <ErrorState
          title={`Could not load ${title.toLowerCase()}`}
          message={error.message}
          onRetry={retry}
        />
      ) : isEmpty ? (
        <Paper withBorder radius="md" p="md">
          <Text size="sm" c="dimmed">
            {emptyText}
          </Text>
        </Paper>
      ) : (
        <Stack
          component="ul"
          gap="xs"
          style={{ listStyle: 'none', margin: 0, padding: 0 }}
        >
          {children}
        </Stack>
      )}
    </section>
  );
}
