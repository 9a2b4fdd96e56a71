import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';

import { useViewer } from '@web/modules/auth/hooks/useViewer';
import { QuestionFilterBar } from '@web/modules/questions/components/QuestionFilterBar';
import { QuestionResults } from '@web/modules/questions/components/QuestionResults';
import { useQuestionFacets } from '@web/modules/questions/hooks/useQuestionFacets';
import { useQuestionSearch } from '@web/modules/questions/hooks/useQuestionSearch';
import {
  filtersFromParams,
  filtersToParams,
  hasActiveFilters,
  type QuestionFilters,
} from '@web/modules/questions/utils/questionFilters';
import { PageTitle } from '@web/modules/shared/components/PageTitle';

export function QuestionBankPage() {
  const { viewer } = useViewer();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = filtersFromParams(searchParams);
  const facets = useQuestionFacets();
  const result = useQuestionSearch(filters);
  const isCoordinator = viewer?.role === 'COORDINATOR';
  const query = filtersToParams(filters).toString();

  const handleFiltersChange = (next: QuestionFilters) => {
    setSearchParams(filtersToParams(next), { replace: true, flushSync: true });
  };

  return (
    <Stack gap="lg">
      <PageTitle title="Question bank" />
      <Group justify="space-between" align="flex-end" gap="sm">
        <div>
          <Title order={1}>Question bank</Title>
          <Text c="dimmed" mt={4}>
            Every question of your team's interview guides, with model answers
            and follow-up points.
          </Text>
        </div>
        <Group gap="xs">
          <Button component={Link} to="/guides" variant="default">
            Browse guides
          </Button>
          {isCoordinator ? (
            <Button component={Link} to="/import-guides" variant="light">
              Import guides
            </Button>
          ) : null}
        </Group>
      </Group>

      <Paper withBorder radius="md" p="md">
        <QuestionFilterBar
          filters={filters}
          onChange={handleFiltersChange}
          kinds={facets.kinds}
          tags={facets.tags}
          verticals={facets.verticals}
        />
        {facets.error ? (
          <Alert
            color="yellow"
            mt="sm"
            title="Filters unavailable"
            role="status"
          >
            Could not load the kinds, tags and verticals: {facets.error.message}
          </Alert>
        ) : null}
      </Paper>

      <QuestionResults
        result={result}
        label={result.isSearch ? 'Search results' : 'Questions'}
        backTo={query ? `/questions?${query}` : '/questions'}
        emptyState={
          hasActiveFilters(filters) ? (
            <Alert color="gray" title="No questions match" role="status">
              Try other words, fewer filters, or clear the search.
            </Alert>
          ) : (
            <Alert
              color="gray"
              title="The question bank is empty"
              role="status"
            >
              {isCoordinator ? (
                <>
                  Questions come from interview guides.{' '}
                  <Link to="/import-guides">Import guides</Link> to fill the
                  bank.
                </>
              ) : (
                'Questions come from interview guides, which a coordinator of your team imports.'
              )}
            </Alert>
          )
        }
      />
    </Stack>
  );
}
