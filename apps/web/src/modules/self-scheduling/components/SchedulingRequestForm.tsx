import { useState } from 'react';
import {
  Alert,
  Button,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';

import type { CreateSchedulingRequestInput } from '@web/generated/graphql';
import { useKits } from '@web/modules/kits/hooks/useKits';
import {
  addDays,
  zonedParts,
  zonedTimeToUtc,
} from '@web/modules/shared/utils/timeZoneDisplay';
import type { RequestActionResult } from '@web/modules/self-scheduling/hooks/useSchedulingRequests';
import { useTeamMembers } from '@web/modules/team/hooks/useTeamMembers';
import type { ApiError } from '@web/modules/shared/utils/apiError';

/** Fields this form shows; an error on any other (the candidate's missing email) shows above it. */
const FORM_FIELDS = [
  'kitId',
  'durationMinutes',
  'panel',
  'poolIds',
  'poolCount',
  'windowStart',
  'windowEnd',
  'expiresAt',
  'minimumNoticeMinutes',
  'location',
];

export type SchedulingRequestFormProps = {
  candidateId: string;
  /** The coordinator's zone: the dates are whole days in it. */
  timeZone: string;
  onSubmit: (
    input: CreateSchedulingRequestInput,
  ) => Promise<RequestActionResult>;
  onSent: (result: Extract<RequestActionResult, { request: unknown }>) => void;
  onCancel: () => void;
};

/** The link's terms: the kit, the length, who sits on the panel, which days, how much notice. */
export function SchedulingRequestForm({
  candidateId,
  timeZone,
  onSubmit,
  onSent,
  onCancel,
}: SchedulingRequestFormProps) {
  const { kits } = useKits();
  const { members } = useTeamMembers();
  const today = zonedParts(new Date(), timeZone).dateKey;
  const [kitId, setKitId] = useState<string | null>(null);
  const [durationMinutes, setDurationMinutes] = useState<number | string>(60);
  const [panel, setPanel] = useState<string[]>([]);
  const [pool, setPool] = useState<string[]>([]);
  const [poolCount, setPoolCount] = useState<number | string>(0);
  const [from, setFrom] = useState(addDays(today, 1));
  const [to, setTo] = useState(addDays(today, 14));
  const [noticeHours, setNoticeHours] = useState<number | string>('');
  const [location, setLocation] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [isSending, setIsSending] = useState(false);
  const people = members
    .filter((member) => member.active)
    .map((member) => ({ value: member.user.id, label: member.user.name }));
  const fieldError = (...fields: string[]) =>
    error?.field && fields.some((field) => error.field?.startsWith(field))
      ? error.message
      : undefined;
  const isFormWide =
    error !== null &&
    !FORM_FIELDS.some((field) => error.field?.startsWith(field));

  const submit = async () => {
    setError(null);
    setIsSending(true);
    const result = await onSubmit({
      candidateId,
      kitId: kitId ?? '',
      durationMinutes: Number(durationMinutes),
      panel: panel.map((userId, index) => ({
        userId,
        role: index === 0 ? 'LEAD' : 'CO_INTERVIEWER',
      })),
      poolIds: pool,
      poolCount: Number(poolCount) || 0,
      windowStart: zonedTimeToUtc(from, '00:00', timeZone).toISOString(),
      windowEnd: zonedTimeToUtc(
        addDays(to, 1),
        '00:00',
        timeZone,
      ).toISOString(),
      minimumNoticeMinutes:
        noticeHours === '' ? null : Math.round(Number(noticeHours) * 60),
      location,
    });
    setIsSending(false);
    if ('error' in result) {
      setError(result.error);
    } else {
      onSent(result);
    }
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack gap="sm">
        {isFormWide ? (
          <Alert color="red" role="alert">
            {error.message}
          </Alert>
        ) : null}
        <Select
          label="Kit"
          required
          data={kits.map((kit) => ({ value: kit.id, label: kit.name }))}
          value={kitId}
          onChange={setKitId}
          error={fieldError('kitId')}
          searchable
        />
        <NumberInput
          label="Length (minutes)"
          min={15}
          max={480}
          step={15}
          value={durationMinutes}
          onChange={setDurationMinutes}
          error={fieldError('durationMinutes')}
        />
        <MultiSelect
          label="Interviewers who must all attend"
          description="The first one leads"
          data={people.filter((person) => !pool.includes(person.value))}
          value={panel}
          onChange={setPanel}
          error={fieldError('panel')}
          searchable
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <MultiSelect
            label="Or a pool to draw from"
            data={people.filter((person) => !panel.includes(person.value))}
            value={pool}
            onChange={setPool}
            error={fieldError('poolIds')}
            searchable
          />
          <NumberInput
            label="How many from the pool"
            min={0}
            max={8}
            value={poolCount}
            onChange={setPoolCount}
            error={fieldError('poolCount')}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            type="date"
            label="First day offered"
            value={from}
            onChange={(event) => setFrom(event.currentTarget.value)}
            error={fieldError('windowStart')}
          />
          <TextInput
            type="date"
            label="Last day offered"
            value={to}
            onChange={(event) => setTo(event.currentTarget.value)}
            error={fieldError('windowEnd', 'expiresAt')}
          />
        </SimpleGrid>
        <NumberInput
          label="Minimum notice (hours)"
          description="Leave empty for the team's minimum"
          min={0}
          value={noticeHours}
          onChange={setNoticeHours}
          error={fieldError('minimumNoticeMinutes')}
        />
        <TextInput
          label="Where (meeting link or room)"
          maxLength={500}
          value={location}
          onChange={(event) => setLocation(event.currentTarget.value)}
          error={fieldError('location')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={isSending} disabled={!kitId}>
            Email the link
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
