import { useState } from 'react';
import { Alert, Stack, Switch, Text } from '@mantine/core';

import type { UpdateEmailPreferencesInput } from '@web/generated/graphql';
import { useUpdateEmailPreferences } from '@web/modules/account/hooks/useUpdateEmailPreferences';
import { toApiError } from '@web/modules/shared/utils/apiError';

export type EmailPreferencesFormProps = {
  preferences: UpdateEmailPreferencesInput;
};

/** Which non-essential emails the viewer gets; each switch saves at once. */
export function EmailPreferencesForm({
  preferences,
}: EmailPreferencesFormProps) {
  const { updateEmailPreferences, isSaving } = useUpdateEmailPreferences();
  const [error, setError] = useState<string | null>(null);

  const save = async (change: Partial<UpdateEmailPreferencesInput>) => {
    setError(null);
    try {
      await updateEmailPreferences({
        sessionUpdates: preferences.sessionUpdates,
        scorecardUpdates: preferences.scorecardUpdates,
        ...change,
      });
    } catch (caught) {
      setError(toApiError(caught).message);
    }
  };

  return (
    <Stack gap="sm">
      {error ? (
        <Alert color="red" title="Could not save" role="alert">
          {error}
        </Alert>
      ) : null}
      <Switch
        label="Session invitations and changes"
        description="When a session you are on is scheduled, moved or cancelled, with the calendar invitation"
        checked={preferences.sessionUpdates}
        disabled={isSaving}
        onChange={(event) =>
          void save({ sessionUpdates: event.currentTarget.checked })
        }
      />
      <Switch
        label="Scorecard updates"
        description="“All scorecards are in” and escalations of late scorecards"
        checked={preferences.scorecardUpdates}
        disabled={isSaving}
        onChange={(event) =>
          void save({ scorecardUpdates: event.currentTarget.checked })
        }
      />
      <Text size="sm" c="dimmed">
        Invites, password resets and reminders of scorecards you owe are always
        sent.
      </Text>
    </Stack>
  );
}
