import type { FormEvent } from 'react';
import {
  Grid,
  Group,
  NumberInput,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';

import { timeZoneLabel } from '@panelwise/domain-scheduling';

import {
  MAX_DURATION_MINUTES,
  MIN_DURATION_MINUTES,
} from '@web/modules/scheduling/hooks/useBookingConflicts';
import type { SessionDetail } from '@web/modules/scheduling/hooks/useSession';
import { useScheduleSessionForm } from '@web/modules/scheduling/hooks/useScheduleSessionForm';
import type { CandidateOption } from '@web/modules/scheduling/hooks/useSchedulingOptions';
import { formatTimeRange } from '@web/modules/shared/utils/timeZoneDisplay';
import { ErrorState } from '@web/modules/shared/components/ErrorState';
import { SectionPanel } from '@web/modules/shared/components/SectionPanel';
import { TimeZoneSelect } from '@web/modules/shared/components/TimeZoneSelect';

import { SessionBookingFooter } from './SessionBookingFooter';
import { SessionWhoSection } from './SessionWhoSection';
import { SlotFinder } from './SlotFinder';

export type ScheduleSessionFormProps = {
  viewerZone: string;
  /** Preselected, e.g. when opened from the candidate's page. */
  initialCandidate?: CandidateOption | null;
  onScheduled: (session: SessionDetail) => void;
};

export function ScheduleSessionForm({
  viewerZone,
  initialCandidate = null,
  onScheduled,
}: ScheduleSessionFormProps) {
  const form = useScheduleSessionForm({
    viewerZone,
    initialCandidate,
    onScheduled,
  });
  const { startsAt, endsAt, timeZone, errors } = form;

  if (form.optionsError) {
    return (
      <ErrorState
        title="Could not load the team and kits"
        message={form.optionsError.message}
      />
    );
  }

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void form.submit();
  };

  return (
    <form onSubmit={handleSubmit} noValidate aria-label="New session">
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <Stack gap="lg">
            <SessionWhoSection form={form} />

            <SectionPanel
              title="When and where"
              headingId="when-heading"
              radius="md"
            >
              <Stack gap="sm">
                <Group grow align="flex-start">
                  <NumberInput
                    label="Duration (minutes)"
                    required
                    min={MIN_DURATION_MINUTES}
                    max={MAX_DURATION_MINUTES}
                    step={15}
                    allowDecimal={false}
                    value={form.duration}
                    error={errors.duration}
                    onChange={form.setDuration}
                  />
                  <TimeZoneSelect
                    label="Session time zone"
                    description={null}
                    hasReadableLabels
                    nothingFoundMessage="No such time zone"
                    maxDropdownHeight={280}
                    limit={Infinity}
                    value={timeZone}
                    onChange={form.changeTimeZone}
                  />
                </Group>
                <Group grow align="flex-start">
                  <TextInput
                    type="date"
                    label="Date"
                    description={`In ${timeZoneLabel(timeZone)}`}
                    required
                    value={form.date}
                    error={errors.start}
                    onChange={(event) =>
                      form.setDate(event.currentTarget.value)
                    }
                  />
                  <TextInput
                    type="time"
                    label="Start time"
                    description={`In ${timeZoneLabel(timeZone)}`}
                    required
                    value={form.time}
                    onChange={(event) =>
                      form.setTime(event.currentTarget.value)
                    }
                  />
                </Group>
                {startsAt && endsAt ? (
                  <Text size="sm" data-testid="planned-time">
                    {formatTimeRange(startsAt, endsAt, viewerZone)}
                    {timeZone !== viewerZone
                      ? ` · ${formatTimeRange(startsAt, endsAt, timeZone)}`
                      : ''}
                  </Text>
                ) : null}
                <TextInput
                  label="Location or meeting link"
                  placeholder="Room 4.2, or https://meet.example.com/…"
                  value={form.location}
                  onChange={(event) =>
                    form.setLocation(event.currentTarget.value)
                  }
                />
              </Stack>
            </SectionPanel>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <SlotFinder
            people={form.panelPeople}
            durationMinutes={form.minutes || 60}
            viewerZone={viewerZone}
            selectedStart={startsAt?.toISOString() ?? null}
            onPick={form.pickSlot}
          />
        </Grid.Col>
        <Grid.Col span={12}>
          <SessionBookingFooter form={form} viewerZone={viewerZone} />
        </Grid.Col>
      </Grid>
    </form>
  );
}
