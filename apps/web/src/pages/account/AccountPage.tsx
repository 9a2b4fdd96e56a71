import { Paper, Stack, Text, Title } from '@mantine/core';

import { ChangePasswordForm } from '@web/modules/account/components/ChangePasswordForm';
import { EmailPreferencesForm } from '@web/modules/account/components/EmailPreferencesForm';
import { ProfileForm } from '@web/modules/account/components/ProfileForm';
import { useViewer } from '@web/modules/auth/hooks/useViewer';
import { PageTitle } from '@web/modules/shared/components/PageTitle';

/** The signed-in user's own account: their profile, password and email notifications. */
export function AccountPage() {
  const { viewer } = useViewer();
  if (!viewer) {
    return null;
  }

  return (
    <Stack gap="xl">
      <PageTitle title="Account" />
      <div>
        <Title order={1}>Account</Title>
        <Text c="dimmed" mt={4}>
          Signed in as {viewer.user.name} ({viewer.user.email}).
        </Text>
      </div>
      <Paper
        withBorder
        radius="md"
        p="lg"
        component="section"
        aria-labelledby="profile-heading"
      >
        <Stack gap="sm">
          <Title order={2} size="h3" id="profile-heading">
            Profile
          </Title>
          <ProfileForm key={viewer.user.id} user={viewer.user} />
        </Stack>
      </Paper>
      <Paper
        withBorder
        radius="md"
        p="lg"
        component="section"
        aria-labelledby="password-heading"
      >
        <Stack gap="sm">
          <div>
            <Title order={2} size="h3" id="password-heading">
              Password
            </Title>
            <Text size="sm" c="dimmed">
              Changing your password signs you out on every other browser and
              device.
            </Text>
          </div>
          <ChangePasswordForm email={viewer.user.email} />
        </Stack>
      </Paper>
      <Paper
        withBorder
        radius="md"
        p="lg"
        component="section"
        aria-labelledby="email-preferences-heading"
      >
        <Stack gap="sm">
          <Title order={2} size="h3" id="email-preferences-heading">
            Email notifications
          </Title>
          <EmailPreferencesForm preferences={viewer.emailPreferences} />
        </Stack>
      </Paper>
    </Stack>
  );
}
