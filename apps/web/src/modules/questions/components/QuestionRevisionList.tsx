import { List, Text } from '@mantine/core';

import type { QuestionRevisionOrigin } from '@web/generated/graphql';
import { useProfileTimeZone } from '@web/modules/auth/hooks/useProfileTimeZone';
import { formatDateTime } from '@web/modules/shared/utils/formatDate';

export type QuestionRevisionListProps = {
  revisions: readonly {
    id: string;
    revision: number;
    origin: QuestionRevisionOrigin;
    createdAt: string;
    authorName?: string | null;
  }[];
  currentRevision: number;
};

export function revisionOriginLabel(
  origin: QuestionRevisionOrigin,
  authorName?: string | null,
): string {
  const verb = origin === 'EDIT' ? 'Edited in the app' : 'Imported';

  return authorName ? `${verb} by ${authorName}` : verb;
}

/** Every revision, newest first, with when and how it was written. */
export function QuestionRevisionList({
  revisions,
  currentRevision,
}: QuestionRevisionListProps) {
  const timeZone = useProfileTimeZone();

  return (
    <List size="sm" spacing={4} aria-label="Revision history">
      {[...revisions].reverse().map((revision) => (
        <List.Item key={revision.id}>
          <Text
            span
            size="sm"
            fw={revision.revision === currentRevision ? 600 : undefined}
          >
            Revision {revision.revision}
          </Text>
          <Text span size="sm" c="dimmed">
            {' · '}
            {formatDateTime(revision.createdAt, timeZone)}
            {' · '}
            {revisionOriginLabel(revision.origin, revision.authorName)}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}
