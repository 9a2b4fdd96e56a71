import { useState } from 'react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  List,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { Link } from 'react-router';

import type {
  GuideImportResult,
  ImportReport,
} from '@web/modules/guide-import/hooks/useImportGuides';
import {
  statusLabel,
  summarizeImport,
} from '@web/modules/guide-import/utils/importSummary';
import { formatCount } from '@web/modules/questions/utils/formatCount';

export type ImportPreviewProps = { report: ImportReport };

// Long change lists start folded, so many guides stay scannable.
const CHANGES_SHOWN = 8;

/** What an import will change (dry run) or changed: one card per guide file. */
export function ImportPreview({ report }: ImportPreviewProps) {
  const summary = summarizeImport(report.guides);
  const parts = [
    summary.CREATED > 0 &&
      formatCount(summary.CREATED, { one: 'new guide', other: 'new guides' }),
    summary.UPDATED > 0 &&
      formatCount(summary.UPDATED, {
        one: 'updated guide',
        other: 'updated guides',
      }),
    summary.UNCHANGED > 0 &&
      formatCount(summary.UNCHANGED, {
        one: 'unchanged guide',
        other: 'unchanged guides',
      }),
    summary.FAILED > 0 &&
      formatCount(summary.FAILED, {
        one: 'file that cannot be imported',
        other: 'files that cannot be imported',
      }),
  ].filter((part): part is string => typeof part === 'string');

  return (
    <Stack gap="md">
      <Text fw={500} data-testid="import-summary">
        {formatCount(report.guides.length, { one: 'file', other: 'files' })}:{' '}
        {parts.join(', ')}.
      </Text>
      <Stack
        gap="md"
        component="ul"
        aria-label={report.dryRun ? 'Import preview' : 'Import report'}
        style={{ listStyle: 'none', padding: 0, margin: 0 }}
      >
        {report.guides.map((result, index) => (
          <GuideImportCard
            key={`${result.fileName}-${index}`}
            result={result}
            isDryRun={report.dryRun}
          />
        ))}
      </Stack>
    </Stack>
  );
}

type GuideImportCardProps = { result: GuideImportResult; isDryRun: boolean };

function GuideImportCard({ result, isDryRun }: GuideImportCardProps) {
  const { label, color } = statusLabel(result.status, isDryRun);
  const isFailed = result.status === 'FAILED';
  const headingId = `import-${result.fileName.replace(/[^\w-]/g, '-')}`;
  const guideLink =
    result.guideId && !isFailed && (!isDryRun || result.status !== 'CREATED')
      ? `/guides/${result.guideId}`
      : null;

  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="li"
      aria-labelledby={headingId}
      data-testid="guide-import-result"
      data-status={result.status}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div>
            <Title order={3} size="h4" id={headingId}>
              {result.title ?? result.fileName}
            </Title>
            <Text size="sm" c="dimmed">
              {[
                result.title ? result.fileName : null,
                result.slug ? `slug ${result.slug}` : null,
              ]
                .filter(Boolean)
                .join(' · ')}
            </Text>
          </div>
          <Badge
            color={color}
            variant="light"
            tt="none"
            size="lg"
            radius="sm"
            style={{ flexShrink: 0 }}
          >
            {label}
          </Badge>
        </Group>

        {isFailed ? null : (
          <Text size="sm" data-testid="question-counts">
            {[
              formatCount(result.created.length, {
                one: 'new question',
                other: 'new questions',
              }),
              `${result.revised.length} revised`,
              `${result.retired.length} retired`,
              `${result.unchanged} unchanged`,
            ].join(' · ')}
          </Text>
        )}

        {result.error ? (
          <Alert
            color="red"
            title={`${result.error.code}${result.error.line ? ` at line ${result.error.line}` : ''}`}
          >
            {withoutLinePrefix(result.error.message, result.error.line)}
          </Alert>
        ) : null}

        {result.warnings.length > 0 ? (
          <Alert
            color="yellow"
            title={formatCount(result.warnings.length, {
              one: 'warning',
              other: 'warnings',
            })}
          >
            <List size="sm" spacing={2}>
              {result.warnings.map((warning, index) => (
                <List.Item key={index}>
                  <Text span fw={600} size="sm">
                    Line {warning.line}:
                  </Text>{' '}
                  {warning.message}
                </List.Item>
              ))}
            </List>
          </Alert>
        ) : null}

        <ChangeList
          title={isDryRun ? 'Questions to add' : 'Questions added'}
          changes={result.created}
        />
        <ChangeList
          title={isDryRun ? 'Questions to revise' : 'Questions revised'}
          changes={result.revised}
        />
        <ChangeList
          title={isDryRun ? 'Questions to retire' : 'Questions retired'}
          changes={result.retired}
        />

        {guideLink ? (
          <Anchor component={Link} to={guideLink} size="sm">
            {isDryRun ? 'Open the current guide' : 'Open the guide'}
            <span className="pw-visually-hidden">
              {' '}
              {result.title ?? result.fileName}
            </span>
          </Anchor>
        ) : null}
      </Stack>
    </Paper>
  );
}

type ChangeListProps = {
  title: string;
  changes: GuideImportResult['created'];
};

function ChangeList({ title, changes }: ChangeListProps) {
  const [isExpanded, setIsExpanded] = useState(false);
  if (changes.length === 0) {
    return null;
  }
  const isLong = changes.length > CHANGES_SHOWN;
  const shown =
    isLong && !isExpanded ? changes.slice(0, CHANGES_SHOWN - 1) : changes;

  return (
    <div>
      <Text size="sm" fw={600}>
        {title} ({changes.length})
      </Text>
      <List size="sm" spacing={2} withPadding>
        {shown.map((change, index) => (
          <List.Item key={index}>
            {change.number !== null ? `Q${change.number} · ` : ''}
            {change.kindName ? (
              <Text span size="sm" c="dimmed">
                {change.kindName}:{' '}
              </Text>
            ) : null}
            {change.prompt}
          </List.Item>
        ))}
      </List>
      {isLong ? (
        <Button
          variant="subtle"
          size="compact-sm"
          mt={4}
          onClick={() => setIsExpanded((expanded) => !expanded)}
          aria-expanded={isExpanded}
        >
          {isExpanded ? 'Show fewer' : `Show all ${changes.length}`}
        </Button>
      ) : null}
    </div>
  );
}

function withoutLinePrefix(message: string, line: number | null): string {
  return line ? message.replace(new RegExp(`^Line ${line}:\\s*`), '') : message;
}
