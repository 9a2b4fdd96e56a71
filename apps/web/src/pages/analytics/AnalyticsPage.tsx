import { type ReactNode, useState } from 'react';
import { Center, Loader, Paper, Stack, Text, Title } from '@mantine/core';

import { timeZoneLabel } from '@panelwise/domain-scheduling';

import { AgreementSection } from '@web/modules/analytics/components/AgreementSection';
import { AnalyticsFilters } from '@web/modules/analytics/components/AnalyticsFilters';
import { LeniencySection } from '@web/modules/analytics/components/LeniencySection';
import { QuestionUsageTable } from '@web/modules/analytics/components/QuestionUsageTable';
import { SubmissionTimesSection } from '@web/modules/analytics/components/SubmissionTimesSection';
import { useAnalyticsFilterOptions } from '@web/modules/analytics/hooks/useAnalyticsFilterOptions';
import { useCalibration } from '@web/modules/analytics/hooks/useCalibration';
import {
  defaultFilterValues,
  toAnalyticsFilter,
} from '@web/modules/analytics/utils/analyticsRange';
import { RoleGate } from '@web/modules/auth/components/RoleGate';
import { useViewer } from '@web/modules/auth/hooks/useViewer';
import { rolesForPath } from '@web/modules/layout/utils/navigation';
import { ErrorState } from '@web/modules/shared/components/ErrorState';
import { PageTitle } from '@web/modules/shared/components/PageTitle';

export function AnalyticsPage() {
  return (
    <RoleGate
      roles={rolesForPath('/analytics')}
      title="Analytics"
      deniedMessage="Only coordinators can see team analytics"
    >
      <Analytics />
    </RoleGate>
  );
}

function Analytics() {
  const { viewer } = useViewer();
  const timeZone = viewer?.user.timeZone ?? 'UTC';
  const [values, setValues] = useState(() =>
    defaultFilterValues(new Date(), timeZone),
  );
  const options = useAnalyticsFilterOptions();
  const result = useCalibration(toAnalyticsFilter(values, timeZone));
  const calibration = result.calibration;

  return (
    <Stack gap="xl">
      <PageTitle title="Analytics" />
      <div>
        <Title order={1}>Analytics</Title>
        <Text c="dimmed" mt={4}>
          How consistently your panels rate, how fast feedback arrives, and
          which questions tell candidates apart. Dates are in{' '}
          {timeZoneLabel(timeZone)}.
        </Text>
      </div>

      <AnalyticsFilters
        values={values}
        kits={options.kits}
        interviewers={options.interviewers}
        isLoadingOptions={options.isLoading}
        onChange={setValues}
      />
      {options.error ? (
        <Text size="sm" c="red" role="alert">
          Could not load the kits and members to filter by:{' '}
          {options.error.message}
        </Text>
      ) : null}

      {result.error ? (
        <ErrorState
          title="Could not load the analytics"
          message={result.error.message}
          onRetry={result.retry}
        />
      ) : null}
      {result.isLoading ? (
        <Center py="xl" role="status">
          <Loader aria-label="Loading analytics" />
        </Center>
      ) : null}
      {calibration ? (
        <Stack
          gap="xl"
          style={{ opacity: result.isRefreshing ? 0.6 : 1 }}
          aria-busy={result.isRefreshing}
        >
          <AnalyticsSection
            id="leniency"
            title="Leniency and severity"
            description={`Each interviewer’s ratings against the rest of the panel on the same sessions, per competency, with a 95% interval. Shown from ${calibration.minimums.leniencyRatings} shared ratings on.`}
          >
            <LeniencySection
              entries={calibration.interviewers}
              minimumRatings={calibration.minimums.leniencyRatings}
            />
          </AnalyticsSection>
          <AnalyticsSection
            id="agreement"
            title="Inter-rater agreement"
            description={`Krippendorff’s alpha (interval) per competency: 0.8 or more is good, 0.667 to 0.8 tentative, below 0.667 low. Shown from ${calibration.minimums.agreementUnits} sessions rated by two or more panelists on.`}
          >
            <AgreementSection
              agreement={calibration.agreement}
              minimumUnits={calibration.minimums.agreementUnits}
            />
          </AnalyticsSection>
          <AnalyticsSection
            id="submission-times"
            title="Time to submit"
            description="Median hours from the actual end of a session to the submitted scorecard, with the number of scorecards behind each figure."
          >
            <SubmissionTimesSection
              submissionTimes={calibration.submissionTimes}
              teamMedianHours={calibration.teamMedianHours}
              teamSubmitted={calibration.teamSubmitted}
            />
          </AnalyticsSection>
          <AnalyticsSection
            id="question-usage"
            title="Question usage"
            description="The most asked questions, their mean rating, and how often a rating fell on the same side as the debrief decision."
          >
            <QuestionUsageTable questionUsage={calibration.questionUsage} />
          </AnalyticsSection>
        </Stack>
      ) : null}
    </Stack>
  );
}

type AnalyticsSectionProps = {
  id: string;
  title: string;
  description: string;
  children: ReactNode;
};

function AnalyticsSection({
  id,
  title,
  description,
  children,
}: AnalyticsSectionProps) {
  return (
    <Paper
      withBorder
      radius="md"
      p="lg"
      component="section"
      aria-labelledby={`${id}-heading`}
    >
      <Title order={2} size="h3" id={`${id}-heading`} mb={4}>
        {title}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {description}
      </Text>
      {children}
    </Paper>
  );
}
