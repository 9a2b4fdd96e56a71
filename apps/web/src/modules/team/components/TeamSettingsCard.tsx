import { Loader, Paper, Text, Title } from '@mantine/core';

import { useTeamSettings } from '@web/modules/team/hooks/useTeamSettings';
import { ErrorState } from '@web/modules/shared/components/ErrorState';

import { TeamSettingsForm } from './TeamSettingsForm';

/** The "Scoring" card of the team page. */
export function TeamSettingsCard() {
  const { settings, isLoading, error, retry } = useTeamSettings();

  return (
    <Paper
      withBorder
      radius="md"
      p="lg"
      component="section"
      aria-labelledby="scoring-heading"
    >
      <Title order={2} size="h3" id="scoring-heading">
        Scoring
      </Title>
      <Text size="sm" c="dimmed" mt={4} mb="md">
        How scorecards are shared and chased, how soon a session may be booked,
        and how often it may move.
      </Text>
      {isLoading ? (
        <Loader size="sm" aria-label="Loading the settings" />
      ) : error || !settings ? (
        <ErrorState
          title="Could not load the settings"
          message={error?.message ?? 'The team settings are missing.'}
          onRetry={retry}
        />
      ) : (
        <TeamSettingsForm settings={settings} />
      )}
    </Paper>
  );
}
