import { type Availability, checkBookable } from '@panelwise/domain-scheduling';

import { type DemoInterviewer, planDemoHistory } from './demo-history-plan';
import { DEMO_HABITS } from './demo-history-seed';

const ZONES = ['America/New_York', 'Europe/Berlin', 'Europe/London', 'Europe/Madrid', 'Africa/Lagos'];
const NOW = new Date('2026-12-07T12:00:00.000Z');

function availability(timeZone: string): Availability {
  return {
    timeZone,
    weeklyWindows: ([1, 2, 3, 4, 5] as const).map((weekday) => ({ weekday, start: '09:00', end: '17:00' })),
    overrides: [],
    timeOff: [],
    dailyCap: 3,
    weeklyCap: 10,
    bufferMinutes: 15,
  };
}

const INTERVIEWERS: DemoInterviewer[] = DEMO_HABITS.map((habit, index) => ({
  ...habit,
  id: `00000000-0000-4000-8000-00000000000${index}`,
  availability: availability(ZONES[index] ?? 'UTC'),
}));

const plan = () =>
  planDemoHistory({ now: NOW, interviewers: INTERVIEWERS, candidateCount: 30, competencyCount: 3, questionCount: 4, minimumNoticeMinutes: 60 });

describe(planDemoHistory.name, () => {
  it('should book every past session where the booking rule allowed it when it was booked', () => {
    const { sessions } = plan();
    for (const [index, session] of sessions.entries()) {
      const earlier = sessions.slice(0, index);
      const violations = checkBookable({
        interviewers: session.panelIds.map((id) => ({
          interviewerId: id,
          availability: INTERVIEWERS.find((person) => person.id === id)?.availability ?? availability('UTC'),
          sessions: earlier.filter((other) => other.panelIds.includes(id)).map((other) => ({ start: other.start, end: other.end })),
        })),
        interval: { start: session.start, end: session.end },
        now: session.bookedAt,
        minimumNoticeMinutes: 60,
      });

      expect(violations).toEqual([]);
      expect(session.start.getTime()).toBeLessThan(NOW.getTime() - 2 * 86_400_000);
    }
    // History runs up to the last week, so owed scorecards are days old, not weeks.
    expect(sessions.at(-1)?.start.getTime()).toBeGreaterThan(NOW.getTime() - 10 * 86_400_000);
    for (const session of sessions) {
      expect(session.startedAt.getTime()).toBeGreaterThanOrEqual(session.start.getTime());
    }
  });

  it('should be the same plan on every run', () => {
    const strip = (p: ReturnType<typeof plan>) => JSON.stringify(p);

    expect(strip(plan())).toBe(strip(plan()));
  });

  it('should give months of sessions, every interviewer enough shared ratings and owed scorecards at the end', () => {
    const { sessions, decisions } = plan();
    const days = (sessions.at(-1)?.start.getTime() ?? 0) - (sessions[0]?.start.getTime() ?? 0);

    expect(sessions.length).toBeGreaterThanOrEqual(35);
    expect(days / 86_400_000).toBeGreaterThan(90);
    for (const person of INTERVIEWERS) {
      const sat = sessions.filter((session) => session.panelIds.includes(person.id));
      expect(sat.length).toBeGreaterThanOrEqual(8);
    }
    const owed = sessions.flatMap((session) => session.scorecards.filter((sc) => !sc.submittedAt));
    expect(owed.length).toBeGreaterThanOrEqual(2);
    expect(owed.some((sc) => sc.isDraft)).toBe(true);
    expect(decisions.length).toBeGreaterThanOrEqual(8);
    expect(new Set(decisions.map((d) => d.decision)).size).toBeGreaterThanOrEqual(2);
  });

  it('should make the lenient interviewer rate above the severe one on the same candidates', () => {
    const { sessions } = plan();
    const [dev, elena] = [INTERVIEWERS[2]?.id, INTERVIEWERS[3]?.id];
    const meanOf = (id: string | undefined) => {
      const levels = sessions.flatMap((s) => s.scorecards.filter((sc) => sc.interviewerId === id).flatMap((sc) => sc.levels));

      return levels.reduce((a, b) => a + b, 0) / levels.length;
    };

    expect(meanOf(dev) - meanOf(elena)).toBeGreaterThan(0.6);
  });
});
