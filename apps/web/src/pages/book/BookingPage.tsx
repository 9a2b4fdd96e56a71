import { useState } from 'react';
import { Alert, Text } from '@mantine/core';
import { useParams } from 'react-router';

import { browserTimeZone } from '@web/modules/shared/utils/timeZoneDisplay';
import { AuthLayout } from '@web/modules/layout/components/AuthLayout';
import { BookingView } from '@web/modules/self-scheduling/components/BookingView';
import { useBookingPage } from '@web/modules/self-scheduling/hooks/useBookingPage';
import { FullPageLoader } from '@web/modules/shared/components/FullPageLoader';
import { PageTitle } from '@web/modules/shared/components/PageTitle';

/** Opened by a candidate from the team's email: no account, the link alone. */
export function BookingPage() {
  const { token = '' } = useParams();
  const { page, isLoading, linkError, ...actions } = useBookingPage(token);
  // The zone this device is in, until the candidate picks another.
  const [timeZone, setTimeZone] = useState(browserTimeZone);

  if (isLoading) {
    return <FullPageLoader label="Opening your scheduling link" />;
  }
  if (linkError || !page) {
    return (
      <AuthLayout title="Schedule your interview">
        <PageTitle title="Schedule your interview" />
        <Alert color="red" title="This link cannot be used" role="alert">
          {linkError?.message ?? 'The link could not be opened.'}
        </Alert>
      </AuthLayout>
    );
  }

  return (
    <AuthLayout
      title={
        page.status === 'OPEN'
          ? 'Pick a time for your interview'
          : 'Your interview'
      }
      subtitle={
        <>
          {page.teamName} · {page.title} · {page.durationMinutes} minutes
        </>
      }
    >
      <PageTitle title={`${page.title} with ${page.teamName}`} />
      <Text size="sm">Hello {page.candidateName}.</Text>
      <BookingView
        page={page}
        timeZone={timeZone}
        onTimeZoneChange={setTimeZone}
        {...actions}
      />
    </AuthLayout>
  );
}
