import { CloseButton, Group, Select, Stack, Text } from '@mantine/core';

import { timeZoneLabel } from '@panelwise/domain-scheduling';

import type { PanelRole } from '@web/generated/graphql';
import type { PanelMember } from '@web/modules/scheduling/hooks/useSchedulingOptions';
import {
  isPanelRole,
  PANEL_ROLE_OPTIONS,
} from '@web/modules/scheduling/utils/sessionStatus';

export type PanelSeat = { userId: string; role: PanelRole };

export type PanelEditorProps = {
  members: PanelMember[];
  panel: PanelSeat[];
  error?: string | null;
  onChange: (panel: PanelSeat[]) => void;
};

/** Interviewers on the panel with their roles; the first one added leads. */
export function PanelEditor({
  members,
  panel,
  error,
  onChange,
}: PanelEditorProps) {
  const available = members.filter(
    (member) => !panel.some((seat) => seat.userId === member.id),
  );
  const byId = new Map(members.map((member) => [member.id, member]));

  return (
    <Stack gap="xs">
      <Text fw={500} size="sm" id="panel-label">
        Panel{' '}
        <Text span c="red.9" aria-hidden="true">
          *
        </Text>
      </Text>
      {panel.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nobody yet. Add the interviewers; exactly one leads.
        </Text>
      ) : null}
      <Stack
        gap={6}
        component="ul"
        aria-labelledby="panel-label"
        p={0}
        m={0}
        style={{ listStyle: 'none' }}
      >
        {panel.map((seat, index) => {
          const member = byId.get(seat.userId);
          const name = member?.name ?? 'Unknown member';

          return (
            <Group key={seat.userId} component="li" gap="sm" wrap="nowrap">
              <div style={{ flex: 1, minWidth: 0 }}>
                <Text size="sm" fw={500}>
                  {name}
                </Text>
                <Text size="xs" c="dimmed">
                  {member ? timeZoneLabel(member.timeZone) : ''}
                </Text>
              </div>
              <Select
                aria-label={`Role of ${name}`}
                data={PANEL_ROLE_OPTIONS}
                value={seat.role}
                allowDeselect={false}
                w={170}
                size="xs"
                onChange={(role) => {
                  if (!isPanelRole(role)) {
                    return;
                  }
                  onChange(
                    panel.map((other, i) =>
                      i === index
                        ? { ...other, role }
                        : // One lead: choosing a new lead makes the old one a co-interviewer.
                          role === 'LEAD' && other.role === 'LEAD'
                          ? { ...other, role: 'CO_INTERVIEWER' }
                          : other,
                    ),
                  );
                }}
              />
              <CloseButton
                aria-label={`Remove ${name} from the panel`}
                onClick={() => onChange(panel.filter((_, i) => i !== index))}
              />
            </Group>
          );
        })}
      </Stack>
      <Group gap="xs" align="flex-end">
        <Select
          label="Add interviewer"
          placeholder={
            available.length
              ? 'Choose a team member'
              : 'Everyone is on the panel'
          }
          searchable
          disabled={available.length === 0}
          data={available.map((member) => ({
            value: member.id,
            label: `${member.name} (${member.email})`,
          }))}
          value={null}
          onChange={(userId) => {
            if (userId) {
              onChange([
                ...panel,
                {
                  userId,
                  role: panel.some((seat) => seat.role === 'LEAD')
                    ? 'CO_INTERVIEWER'
                    : 'LEAD',
                },
              ]);
            }
          }}
          w={320}
        />
      </Group>
      {error ? (
        <Text size="sm" c="red.9" role="alert">
          {error}
        </Text>
      ) : null}
    </Stack>
  );
}
