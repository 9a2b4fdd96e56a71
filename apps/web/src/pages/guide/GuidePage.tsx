import type { ReactNode } from 'react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Center,
  DataList,
  Grid,
  Group,
  Loader,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { Link, useParams } from 'react-router';

import { useProfileTimeZone } from '@web/modules/auth/hooks/useProfileTimeZone';
import { useViewer } from '@web/modules/auth/hooks/useViewer';
import { GuideImportWarnings } from '@web/modules/guides/components/GuideImportWarnings';
import { GuideLifecycleActions } from '@web/modules/guides/components/GuideLifecycleActions';
import { GuideQuestionList } from '@web/modules/guides/components/GuideQuestionList';
import { RoleProfile } from '@web/modules/guides/components/RoleProfile';
import { AddQuestionButton } from '@web/modules/questions/components/AddQuestionButton';
import { type GuideDetail, useGuide } from '@web/modules/guides/hooks/useGuide';
import { useQuestionSearch } from '@web/modules/questions/hooks/useQuestionSearch';
import { formatCount } from '@web/modules/questions/utils/formatCount';
import { EMPTY_QUESTION_FILTERS } from '@web/modules/questions/utils/questionFilters';
import { ErrorState } from '@web/modules/shared/components/ErrorState';
import { PageTitle } from '@web/modules/shared/components/PageTitle';
import { formatDateTime } from '@web/modules/shared/utils/formatDate';

// A guide holds a few dozen questions at most: one page shows them all.
const GUIDE_QUESTIONS_PAGE = 100;

export function GuidePage() {
  const { guideId = '' } = useParams();
  const { guide, isLoading, error, retry } = useGuide(guideId);
  const backLink = (
    <Anchor component={Link} to="/guides" size="sm">
      ← Guides
    </Anchor>
  );

  if (isLoading) {
    return (
      <Stack gap="md">
        <PageTitle title="Guide" />
        {backLink}
        <Center py="xl" role="status">
          <Loader aria-label="Loading the guide" />
        </Center>
      </Stack>
    );
  }
  if (error || !guide) {
    const isMissing =
      error?.code === 'NOT_FOUND' || error?.code === 'BAD_USER_INPUT';

    return (
      <Stack gap="md">
        <PageTitle title={isMissing ? 'Guide not found' : 'Guide'} />
        {backLink}
        <Title order={1}>{isMissing ? 'Guide not found' : 'Guide'}</Title>
        {isMissing ? (
          <Text>There is no guide at this address in your team.</Text>
        ) : (
          <ErrorState
            title="Could not load the guide"
            message={error?.message ?? 'The server sent no guide.'}
            onRetry={retry}
          />
        )}
      </Stack>
    );
  }

  return <GuideView guide={guide} backLink={backLink} />;
}

function GuideView({
  guide,
  backLink,
}: {
  guide: GuideDetail;
  backLink: ReactNode;
}) {
  const { viewer } = useViewer();
  const timeZone = useProfileTimeZone();
  const isCoordinator = viewer?.role === 'COORDINATOR';
  const isRetired = guide.retiredAt !== null;
  // A retired guide's questions are retired with it: list them all the same.
  const questions = useQuestionSearch(
    { ...EMPTY_QUESTION_FILTERS, guideId: guide.id },
    GUIDE_QUESTIONS_PAGE,
    isRetired,
  );
  const before = guide.profile.sections.filter(
    (section) => section.position !== 'after-questions',
  );
  const after = guide.profile.sections.filter(
    (section) => section.position === 'after-questions',
  );

  return (
    <Stack gap="lg">
      <PageTitle title={guide.title} />
      {backLink}
      <Group justify="space-between" align="flex-start" gap="sm">
        <div style={{ flex: '1 1 320px', minWidth: 0 }}>
          <Title order={1}>{guide.title}</Title>
          {guide.description ? (
            <Text c="dimmed" mt={6} maw={860}>
              {guide.description}
            </Text>
          ) : null}
        </div>
        <Button
          component="a"
          href={`/exports/guides/${guide.id}.md`}
          download={`${guide.slug}.md`}
          variant="default"
          style={{ flexShrink: 0 }}
        >
          Download Markdown
        </Button>
      </Group>
      {isCoordinator ? <GuideLifecycleActions guide={guide} /> : null}
      {guide.retiredAt ? (
        <Alert
          color="orange"
          title="This guide is retired"
          data-testid="guide-retired-banner"
        >
          Retired {formatDateTime(guide.retiredAt, timeZone)}. Its questions are
          out of the bank and search and cannot be added to kits or new
          sessions; kits that hold them show them as retired. Past sessions keep
          what they asked.
          {isCoordinator
            ? ' Restore the guide, or import its file again, to bring them back.'
            : ''}
        </Alert>
      ) : null}
      <GuideImportWarnings warnings={guide.importWarnings} />

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="xl">
            <section aria-labelledby="guide-questions-heading">
              <Group gap="xs" mb="sm">
                <Title order={2} size="h3" id="guide-questions-heading">
                  Questions
                </Title>
                <Badge variant="light" color="gray" tt="none">
                  {formatCount(
                    isRetired
                      ? (questions.totalCount ?? 0)
                      : guide.questionCount,
                    { one: 'question', other: 'questions' },
                  )}
                  {isRetired ? ', all retired' : ''}
                </Badge>
                {isCoordinator && !isRetired ? (
                  <AddQuestionButton guideId={guide.id} />
                ) : null}
              </Group>
              <GuideQuestionList result={questions} guideId={guide.id} />
            </section>
            {guide.profile.sections.length > 0 ? (
              <section aria-labelledby="guide-profile-heading">
                <Title order={2} size="h3" id="guide-profile-heading" mb="sm">
                  Role profile
                </Title>
                <RoleProfile sections={[...before, ...after]} />
              </section>
            ) : null}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <GuideDetails guide={guide} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

function GuideDetails({ guide }: { guide: GuideDetail }) {
  const timeZone = useProfileTimeZone();
  const rows: { label: string; value: ReactNode }[] = [
    { label: 'Category', value: guide.category },
    { label: 'Vertical', value: guide.vertical },
    {
      label: 'Tags',
      value:
        guide.tags.length > 0 ? (
          <Group gap={4} mt={2}>
            {guide.tags.map((tag) => (
              <Badge
                key={tag}
                variant="light"
                color="gray"
                tt="none"
                radius="sm"
              >
                {tag}
              </Badge>
            ))}
          </Group>
        ) : null,
    },
    { label: 'Author', value: guide.author },
    { label: 'Published', value: guide.publishedOn },
    { label: 'Modified', value: guide.modifiedOn },
    { label: 'Source file', value: guide.sourceFileName },
    {
      label: 'Imported',
      value: formatDateTime(guide.importedAt, timeZone),
    },
  ];

  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="aside"
      aria-labelledby="guide-details-heading"
    >
      <Title order={2} size="h4" id="guide-details-heading" mb="sm">
        Details
      </Title>
      <DataList orientation="vertical" gap="sm">
        {rows
          .filter(
            (row) =>
              row.value !== null && row.value !== undefined && row.value !== '',
          )
          .map((row) => (
            <DataList.Item key={row.label}>
              <DataList.ItemLabel>{row.label}</DataList.ItemLabel>
              <DataList.ItemValue>{row.value}</DataList.ItemValue>
            </DataList.Item>
          ))}
      </DataList>
    </Paper>
  );
}
