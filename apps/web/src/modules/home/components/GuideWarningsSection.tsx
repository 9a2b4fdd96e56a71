import { Anchor, Paper, Text } from '@mantine/core';
import { Link } from 'react-router';

import type { UseGuidesWithWarningsResult } from '@web/modules/home/hooks/useGuidesWithWarnings';

import { ToDoSection } from './ToDoSection';

export type GuideWarningsSectionProps = UseGuidesWithWarningsResult;

/** Guides the parser had to work around: fix the file and import it again. */
export function GuideWarningsSection({
  guides,
  totalCount,
  isLoading,
  error,
  retry,
}: GuideWarningsSectionProps) {
  return (
    <ToDoSection
      id="guide-warnings-heading"
      title="Guides with import warnings"
      badge={totalCount > 0 ? `${totalCount}` : null}
      moreLink={{ to: '/import-guides', label: 'Import a corrected file' }}
      isLoading={isLoading}
      error={error}
      retry={retry}
      isEmpty={guides.length === 0}
      emptyText="Every guide imported cleanly."
    >
      {guides.map((guide) => {
        const [first, ...rest] = guide.importWarnings;

        return (
          <Paper
            key={guide.id}
            component="li"
            withBorder
            radius="md"
            p="sm"
            aria-label={guide.title}
          >
            <Anchor component={Link} to={`/guides/${guide.id}`} fw={600}>
              {guide.title}
            </Anchor>
            {first ? (
              <Text size="sm" c="dimmed">
                Line {first.line}: {first.message}
                {rest.length > 0
                  ? ` (and ${rest.length} more warning${rest.length === 1 ? '' : 's'})`
                  : ''}
              </Text>
            ) : null}
          </Paper>
        );
      })}
    </ToDoSection>
  );
}
