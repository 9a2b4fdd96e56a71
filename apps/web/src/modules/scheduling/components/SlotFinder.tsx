import { useState } from 'react';
import {
  Alert,
  Button,
  Group,
  NumberInput,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';

import { timeZoneLabel } from '@panelwise/domain-scheduling';

import type { PanelMember } from '@web/modules/scheduling/hooks/useSchedulingOptions';
import { useFindSlots } from '@web/modules/scheduling/hooks/useFindSlots';
import {
  type FoundSlot,
  groupSlotsByDay,
  rankSlotsFairestFirst,
  type SlotDay,
  type SlotOption,
} from '@web/modules/scheduling/utils/slotGrouping';
import {
  addDays,
  formatDateKey,
  zonedParts,
  zonedTimeToUtc,
} from '@web/modules/shared/utils/timeZoneDisplay';
import { toApiError } from '@web/modules/shared/utils/apiError';

export type SlotMode = 'all' | 'pool';

export type SlotOrder = 'fairest' | 'time';

export type SlotFinderProps = {
  /** The panel, or the pool to pick from in "any N" mode */
  people: PanelMember[];
  durationMinutes: number;
  viewerZone: string;
  selectedStart: string | null;
  onPick: (slot: FoundSlot, mode: SlotMode) => void;
};

const DEFAULT_DAYS = 14;
// The API's ceiling; it keeps the fairest when there are more.
const MAX_RESULTS = 200;

/** Free times of the panel (or of any N of a pool), grouped by day in the viewer's zone. */
export function SlotFinder({
  people,
  durationMinutes,
  viewerZone,
  selectedStart,
  onPick,
}: SlotFinderProps) {
  const { findSlots, isSearching } = useFindSlots();
  const today = zonedParts(new Date(), viewerZone).dateKey;
  const [mode, setMode] = useState<SlotMode>('all');
  const [order, setOrder] = useState<SlotOrder>('fairest');
  const [poolCount, setPoolCount] = useState<number | string>(1);
  const [fromDate, setFromDate] = useState(today);
  const [toDate, setToDate] = useState(addDays(today, DEFAULT_DAYS - 1));
  const [slots, setSlots] = useState<FoundSlot[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const search = async () => {
    setError(null);
    if (!people.length) {
      setError('Add interviewers to the panel first.');

      return;
    }
    if (!fromDate || !toDate || toDate < fromDate) {
      setError('Choose a first and a last day, the last not before the first.');

      return;
    }
    const ids = people.map((person) => person.id);
    try {
      setSlots(
        await findSlots({
          durationMinutes,
          from: zonedTimeToUtc(fromDate, '00:00', viewerZone).toISOString(),
          to: zonedTimeToUtc(
            addDays(toDate, 1),
            '00:00',
            viewerZone,
          ).toISOString(),
          // The API returns the fairest first: ask for enough to cover the range.
          maxResults: MAX_RESULTS,
          ...(mode === 'all'
            ? { interviewerIds: ids }
            : {
                poolIds: ids,
                poolCount: Math.min(
                  ids.length,
                  Math.max(1, Number(poolCount) || 1),
                ),
              }),
        }),
      );
    } catch (searchError) {
      setSlots(null);
      setError(toApiError(searchError).message);
    }
  };
  const days = slots ? groupSlotsByDay(slots, viewerZone) : [];
  const ranked = slots ? rankSlotsFairestFirst(slots, viewerZone) : [];
  const fairestScore = slots?.length
    ? Math.min(...slots.map((slot) => slot.score))
    : null;

  return (
    <Paper
      withBorder
      radius="md"
      p="lg"
      component="section"
      aria-labelledby="slots-heading"
    >
      <Stack gap="sm">
        <div>
          <Title order={2} size="h3" id="slots-heading">
            Find slots
          </Title>
          <Text size="sm" c="dimmed">
            Times inside everyone&apos;s availability, caps and buffers, shown
            in your time zone ({timeZoneLabel(viewerZone)}).
          </Text>
        </div>
        <SegmentedControl
          aria-label="Who must attend"
          value={mode}
          onChange={(value) => setMode(value === 'pool' ? 'pool' : 'all')}
          data={[
            { value: 'all', label: 'Whole panel' },
            { value: 'pool', label: 'Any N of these' },
          ]}
          w="fit-content"
        />
        <Group align="flex-end" gap="sm" wrap="wrap">
          {mode === 'pool' ? (
            <NumberInput
              label="How many"
              min={1}
              max={Math.max(1, people.length)}
              allowDecimal={false}
              w={110}
              value={poolCount}
              onChange={setPoolCount}
            />
          ) : null}
          <TextInput
            type="date"
            label="From"
            value={fromDate}
            onChange={(e) => setFromDate(e.currentTarget.value)}
          />
          <TextInput
            type="date"
            label="To"
            value={toDate}
            onChange={(e) => setToDate(e.currentTarget.value)}
          />
          <Button
            variant="outline"
            loading={isSearching}
            onClick={() => void search()}
          >
            Find slots
          </Button>
        </Group>
        {error ? (
          <Alert color="red" role="alert" title="Could not find slots">
            {error}
          </Alert>
        ) : null}
        {slots && slots.length === 0 ? (
          <Alert
            color="yellow"
            role="status"
            title="No free slot in this range"
          >
            Try a longer range, a shorter duration, fewer required interviewers,
            or ask them to widen their availability.
          </Alert>
        ) : null}
        {slots && slots.length >= MAX_RESULTS ? (
          <Text size="sm" c="dimmed" role="status">
            Showing the {MAX_RESULTS} fairest slots; some busier days may be
            missing. Shorten the range to see every slot.
          </Text>
        ) : null}
        {slots?.length ? (
          <Group justify="space-between" align="flex-end" gap="sm">
            <Text size="sm" c="dimmed" maw={520} id="slots-legend">
              ★ marks the fairest slots: the panel has the fewest other sessions
              that day and week, so no one carries more than their share.
              Fairest first lists them first, earliest first among equals.
            </Text>
            <SegmentedControl
              aria-label="Order of the slots"
              value={order}
              onChange={(value) =>
                setOrder(value === 'time' ? 'time' : 'fairest')
              }
              data={[
                { value: 'fairest', label: 'Fairest first' },
                { value: 'time', label: 'By time' },
              ]}
              size="xs"
            />
          </Group>
        ) : null}
        {order === 'fairest' && ranked.length ? (
          <FairestSlotList
            slots={ranked}
            selectedStart={selectedStart}
            onPick={(slot) => onPick(slot, mode)}
          />
        ) : null}
        {order === 'time' && days.length ? (
          <Stack gap="md" aria-label="Free slots" role="list">
            {days.map((day) => (
              <SlotDayGroup
                key={day.dateKey}
                day={day}
                fairestScore={fairestScore}
                selectedStart={selectedStart}
                onPick={(slot) => onPick(slot, mode)}
              />
            ))}
          </Stack>
        ) : null}
      </Stack>
    </Paper>
  );
}

const COLLAPSED_COUNT = 8;
const FAIREST_COLLAPSED_COUNT = 12;

type FairestSlotListProps = {
  slots: ReturnType<typeof rankSlotsFairestFirst>;
  selectedStart: string | null;
  onPick: (slot: FoundSlot) => void;
};

/** Every slot, fairest first, each with its day. */
function FairestSlotList({
  slots,
  selectedStart,
  onPick,
}: FairestSlotListProps) {
  const [isExpanded, setIsExpanded] = useState(false);
  const shown = isExpanded ? slots : slots.slice(0, FAIREST_COLLAPSED_COUNT);

  return (
    <div>
      <Group gap={6} wrap="wrap" role="list" aria-label="Free slots">
        {shown.map((slot) => (
          <div
            role="listitem"
            key={`${slot.start}-${slot.interviewers.map((person) => person.id).join()}`}
          >
            <SlotButton
              slot={slot}
              dayLabel={formatDateKey(slot.dateKey)}
              showDay
              isFairest={slot.isFairest}
              isSelected={slot.start === selectedStart}
              onPick={onPick}
            />
          </div>
        ))}
      </Group>
      {slots.length > FAIREST_COLLAPSED_COUNT ? (
        <Button
          variant="subtle"
          size="xs"
          mt={6}
          onClick={() => setIsExpanded(!isExpanded)}
        >
          {isExpanded ? 'Show fewer' : `Show all ${slots.length}`}
        </Button>
      ) : null}
    </div>
  );
}

type SlotButtonProps = {
  slot: SlotOption;
  dayLabel: string;
  /** The day inside the button too (the fairest-first list mixes days). */
  showDay?: boolean;
  isFairest: boolean;
  isSelected: boolean;
  onPick: (slot: FoundSlot) => void;
};

function SlotButton({
  slot,
  dayLabel,
  showDay = false,
  isFairest,
  isSelected,
  onPick,
}: SlotButtonProps) {
  const people = slot.panelistTimes
    .map((time) => `${time.person.name} ${time.label}`)
    .join('; ');

  return (
    <Button
      variant={isSelected ? 'filled' : 'default'}
      aria-pressed={isSelected}
      aria-label={`${dayLabel} ${slot.timeLabel}${isFairest ? ', fairest' : ''}: ${people}`}
      onClick={() => onPick(slot)}
      h="auto"
      py={4}
      px={8}
      styles={{
        label: {
          flexDirection: 'column',
          alignItems: 'flex-start',
          whiteSpace: 'normal',
        },
      }}
    >
      {showDay ? (
        <Text span size="xs" fw={400}>
          {dayLabel}
        </Text>
      ) : null}
      <Text span size="sm" fw={600}>
        {slot.timeLabel}
        {isFairest ? ' ★' : ''}
      </Text>
      {slot.panelistTimes.map((time) => (
        <Text span size="xs" fw={400} key={time.person.id}>
          {time.person.name.split(' ')[0]} {time.label.replace(/ \(.*$/, '')}
        </Text>
      ))}
    </Button>
  );
}

type SlotDayGroupProps = {
  day: SlotDay;
  fairestScore: number | null;
  selectedStart: string | null;
  onPick: (slot: FoundSlot) => void;
};

/** One day's slots; long days show the first few until expanded. */
function SlotDayGroup({
  day,
  fairestScore,
  selectedStart,
  onPick,
}: SlotDayGroupProps) {
  const [isExpanded, setIsExpanded] = useState(false);
  const shown = isExpanded ? day.slots : day.slots.slice(0, COLLAPSED_COUNT);
  const dayLabel = formatDateKey(day.dateKey);

  return (
    <div role="listitem">
      <Text fw={600} size="sm" mb={4}>
        {dayLabel}{' '}
        <Text span size="xs" c="dimmed">
          ({day.slots.length} {day.slots.length === 1 ? 'slot' : 'slots'})
        </Text>
      </Text>
      <Group gap={6} wrap="wrap">
        {shown.map((slot) => (
          <SlotButton
            key={`${slot.start}-${slot.interviewers.map((person) => person.id).join()}`}
            slot={slot}
            dayLabel={dayLabel}
            isFairest={slot.score === fairestScore}
            isSelected={slot.start === selectedStart}
            onPick={onPick}
          />
        ))}
        {day.slots.length > COLLAPSED_COUNT ? (
          <Button
            variant="subtle"
            size="xs"
            onClick={() => setIsExpanded(!isExpanded)}
          >
            {isExpanded ? 'Show fewer' : `Show all ${day.slots.length}`}
          </Button>
        ) : null}
      </Group>
    </div>
  );
}
