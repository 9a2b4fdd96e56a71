import { Alert, Anchor, Text } from '@mantine/core';
import { useNetwork } from '@mantine/hooks';
import { Link } from 'react-router';

import type { PanelRole, SessionStatus } from '@web/generated/graphql';
import { useIsTouchDevice } from '@web/modules/interview-room/hooks/useIsTouchDevice';

export type RoomNoticesProps = {
  sessionId: string;
  status: SessionStatus;
  seat: PanelRole | null;
  canRunSession: boolean;
};

/** What the viewer should know before anything else: offline, not on the panel, how to start, the scorecard. */
export function RoomNotices({
  sessionId,
  status,
  seat,
  canRunSession,
}: RoomNoticesProps) {
  const network = useNetwork();
  const isTouch = useIsTouchDevice();

  return (
    <>
      {network.online ? null : (
        <Alert color="orange" variant="light" title="You are offline">
          Notes stay on this device and are sent as soon as the connection
          returns. Keep writing.
        </Alert>
      )}
      {seat === null ? (
        <Alert color="indigo" variant="light" title="You are not on this panel">
          You can follow the session, but only the panel writes notes and marks
          questions.
        </Alert>
      ) : null}
      {status === 'SCHEDULED' && canRunSession ? (
        <Text size="sm" c="dimmed">
          Start the session when the candidate joins; marking a question asked
          starts it too.
          {isTouch ? null : (
            <>
              {' '}
              Press <strong>?</strong> for keyboard shortcuts.
            </>
          )}
        </Text>
      ) : null}
      {status === 'COMPLETED' && seat !== null ? (
        <Alert color="teal" variant="light" title="This interview is complete">
          Fill in your{' '}
          <Anchor
            component={Link}
            to={`/sessions/${sessionId}/scorecard`}
            underline="always"
          >
            scorecard
          </Anchor>{' '}
          while it is fresh. Your notes stay editable.
        </Alert>
      ) : null}
    </>
  );
}
