import { Anchor, List, Text } from '@mantine/core';
import { Link } from 'react-router';

import {
  describeReminderSettings,
  type ReminderSettings,
} from '@web/modules/timeliness/utils/timeliness';

export type ReminderSettingsNoteProps = { settings: ReminderSettings };

/** The team's automatic reminders, so coordinators know what already happens. */
export function ReminderSettingsNote({ settings }: ReminderSettingsNoteProps) {
  return (
    <div>
      <List size="sm" spacing={2}>
        {describeReminderSettings(settings).map((line) => (
          <List.Item key={line}>{line}</List.Item>
        ))}
      </List>
      <Text size="sm" c="dimmed" mt="xs">
        Change these on the{' '}
        <Anchor component={Link} to="/team" size="sm" underline="always">
          team page
        </Anchor>
        .
      </Text>
    </div>
  );
}
