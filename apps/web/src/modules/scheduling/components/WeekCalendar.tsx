import { Text } from '@mantine/core';
import { Link } from 'react-router';

import type { ScheduledSession } from '@web/modules/scheduling/hooks/useWeekSessions';
import {
  PANEL_ROLE_LABELS,
  STATUS_LABELS,
} from '@web/modules/scheduling/utils/sessionStatus';
import {
  addDays,
  formatDateKey,
  formatTime,
  zonedParts,
} from '@web/modules/shared/utils/timeZoneDisplay';
import {
  layoutWeek,
  visibleHours,
} from '@web/modules/scheduling/utils/weekLayout';

import classes from './WeekCalendar.module.css';

export type WeekCalendarProps = {
  sessions: ScheduledSession[];
  /** YYYY-MM-DD of the Monday, in the viewer's zone */
  mondayKey: string;
  timeZone: string;
};

const HOUR_HEIGHT = 60;

function sessionLabel(session: ScheduledSession, timeZone: string): string {
  const panel = session.panel
    .map(
      (panelist) =>
        `${panelist.user.name} (${PANEL_ROLE_LABELS[panelist.role].toLowerCase()})`,
    )
    .join(', ');

  return `${formatTime(session.startsAt, timeZone)}–${formatTime(session.endsAt, timeZone)}: ${session.candidate.name}, ${session.kitName}. Panel: ${panel}. ${STATUS_LABELS[session.status]}`;
}

/** Seven day columns with each session as a block at its local time; blocks open the session. */
export function WeekCalendar({
  sessions,
  mondayKey,
  timeZone,
}: WeekCalendarProps) {
  const days = layoutWeek(sessions, mondayKey, timeZone);
  const { firstHour, lastHour } = visibleHours(days);
  const hours = Array.from(
    { length: lastHour - firstHour },
    (_, index) => firstHour + index,
  );
  const todayKey = zonedParts(new Date(), timeZone).dateKey;

  return (
    <div className={classes.calendar}>
      <div className={classes.header} aria-hidden="true">
        <div />
        {days.map((_, dayIndex) => {
          const dayKey = addDays(mondayKey, dayIndex);

          return (
            <div
              key={dayKey}
              className={classes.dayName}
              data-today={dayKey === todayKey || undefined}
            >
              {formatDateKey(dayKey).split(',')[0]}
              <span className={classes.dayNumber}>
                {Number(dayKey.slice(8))}
              </span>
            </div>
          );
        })}
      </div>
      <div
        className={classes.body}
        style={{ height: hours.length * HOUR_HEIGHT }}
      >
        <div className={classes.gutter} aria-hidden="true">
          {hours.map((hour) => (
            <div
              key={hour}
              className={classes.hourLabel}
              style={{ height: HOUR_HEIGHT }}
            >
              {formatTime(new Date(Date.UTC(2000, 0, 1, hour)), 'UTC')}
            </div>
          ))}
        </div>
        {days.map((placed, dayIndex) => {
          const dayKey = addDays(mondayKey, dayIndex);

          return (
            <section
              key={dayKey}
              className={classes.day}
              aria-label={formatDateKey(dayKey)}
              data-today={dayKey === todayKey || undefined}
            >
              {hours.map((hour) => (
                <div
                  key={hour}
                  className={classes.hourLine}
                  style={{ top: (hour - firstHour) * HOUR_HEIGHT }}
                />
              ))}
              {placed.length === 0 ? (
                <Text className={classes.visuallyHidden}>No sessions</Text>
              ) : null}
              {placed.map((entry) => {
                const top =
                  ((entry.startMinutes - firstHour * 60) / 60) * HOUR_HEIGHT;
                const height = Math.max(
                  22,
                  ((entry.endMinutes - entry.startMinutes) / 60) * HOUR_HEIGHT -
                    2,
                );
                const session = entry.item;

                return (
                  <Link
                    key={`${session.id}-${dayIndex}`}
                    to={`/sessions/${session.id}`}
                    className={classes.block}
                    data-status={session.status}
                    aria-label={sessionLabel(session, timeZone)}
                    title={sessionLabel(session, timeZone)}
                    style={{
                      top,
                      height,
                      left: `calc(${(entry.lane / entry.laneCount) * 100}% + 2px)`,
                      width: `calc(${100 / entry.laneCount}% - 4px)`,
                    }}
                  >
                    <span className={classes.blockTitle}>
                      <span className={classes.blockTime}>
                        {formatTime(session.startsAt, timeZone)}
                      </span>{' '}
                      {session.candidate.name}
                    </span>
                    <span className={classes.blockMeta}>{session.kitName}</span>
                    <span className={classes.blockMeta}>
                      {session.panel
                        .map((panelist) => panelist.user.name)
                        .join(', ')}
                    </span>
                  </Link>
                );
              })}
            </section>
          );
        })}
      </div>
    </div>
  );
}
