import type { DataSource } from 'typeorm';

import { PanelRole, SessionStatus } from '@api/core/session-status';
import { CandidateEntity } from '@api/modules/candidate/candidate.entity';
import { TeamEntity } from '@api/modules/identity/team.entity';
import { UserEntity } from '@api/modules/identity/user.entity';
import { KitItemEntity } from '@api/modules/kit/kit-item.entity';
import { KitEntity } from '@api/modules/kit/kit.entity';
import { RubricVersionEntity } from '@api/modules/rubric/rubric-version.entity';
import { RubricEntity } from '@api/modules/rubric/rubric.entity';
import { AvailabilityEntity } from '@api/modules/scheduling/availability.entity';
import { InterviewSessionEntity } from '@api/modules/scheduling/interview-session.entity';
import { SessionEventEntity } from '@api/modules/scheduling/session-event.entity';
import { SessionPanelistEntity } from '@api/modules/scheduling/session-panelist.entity';
import { copyKitIntoPlan } from '@api/modules/scheduling/session-plan';

import { DEMO_HABITS, seedDemoHistory } from './demo-history-seed';
import type { DemoHistoryPlan } from './demo-history-plan';

const WORKDAYS = [1, 2, 3, 4, 5] as const;

/** Next weekday at `hour`:00 UTC, at least `daysAhead` days after `from`. */
function upcoming(daysAhead: number, hour: number, from = new Date()): Date {
  const date = new Date(from.getTime() + daysAhead * 86_400_000);
  date.setUTCHours(hour, 0, 0, 0);
  while (date.getUTCDay() === 0 || date.getUTCDay() === 6) {
    date.setUTCDate(date.getUTCDate() + 1);
  }

  return date;
}

/**
 * Gives the demo team something to schedule with and something to learn from:
 * interviewer availability, candidates, a kit from the sample backend guide,
 * four months of past sessions with scorecards (demo-history-seed.ts), two
 * upcoming sessions and one running now.
 */
export async function seedDemoSchedule(dataSource: DataSource, teamId: string, now = new Date()): Promise<DemoHistoryPlan> {
  return dataSource.transaction(async (manager) => {
    const users = await manager.findBy(
      UserEntity,
      DEMO_HABITS.map((habit) => ({ email: habit.email })),
    );
    const availabilities = users.map((user) => ({
      userId: user.id,
      timeZone: user.timeZone,
      weeklyWindows: WORKDAYS.map((weekday) => ({ weekday, start: '09:00', end: '17:00' })),
      overrides: [],
      timeOff: [],
      dailyCap: 3,
      weeklyCap: 10,
      bufferMinutes: 15,
      version: 1,
    }));
    await manager.insert(AvailabilityEntity, availabilities);
    const rubric = await manager.findOneByOrFail(RubricEntity, { teamId, defaultForKind: 'technical' });
    const kit = await manager.save(KitEntity, {
      teamId,
      name: 'Backend engineer — technical loop',
      targetRole: 'Backend Engineer',
      rubricId: rubric.id,
      instructions: 'Spend the first five minutes on introductions. Ask at least one follow-up per question.',
      version: 1,
      archivedAt: null,
    });
    const questions: { id: string }[] = await manager.query(
      `SELECT q.id FROM question q JOIN guide g ON g.id = q.guide_id
        WHERE g.team_id = $1 AND g.slug = 'backend-engineer' AND q.retired_at IS NULL ORDER BY q.position LIMIT 4`,
      [teamId],
    );
    await manager.insert(
      KitItemEntity,
      questions.map((question, position) => ({ kitId: kit.id, questionId: question.id, position, plannedMinutes: 12 })),
    );
    const candidates = await manager.save(CandidateEntity, [
      { teamId, name: 'Jordan Lee', email: 'jordan.lee@example.com', targetRole: 'Backend Engineer', notes: 'Internal transfer, practising for the senior loop.', version: 1 },
      { teamId, name: 'Sam Rivera', email: 'sam.rivera@example.com', targetRole: 'Backend Engineer', notes: '', version: 1 },
      { teamId, name: 'Priya Nair', email: 'priya.nair@example.com', targetRole: 'Data Analyst', notes: 'Mock program, cohort 3.', version: 1 },
    ]);
    const [ana, ben] = [users.find((u) => u.email.startsWith('ana')), users.find((u) => u.email.startsWith('ben'))];
    const coordinator = await manager.findOneByOrFail(UserEntity, { email: 'coordinator@panelwise.test' });
    const team = await manager.findOneByOrFail(TeamEntity, { id: teamId });
    const [version] = await manager.find(RubricVersionEntity, { where: { rubricId: rubric.id }, order: { version: 'DESC' }, take: 1 });
    const planned: { question_id: string; revision_id: string; planned_minutes: number }[] = await manager.query(
      `SELECT i.question_id, q.current_revision_id AS revision_id, i.planned_minutes
         FROM interview_kit_item i JOIN question q ON q.id = i.question_id
        WHERE i.kit_id = $1 AND q.current_revision_id IS NOT NULL ORDER BY i.position`,
      [kit.id],
    );
    // The history ends three days ago: this week's caps keep room for the bookings below.
    const history = await seedDemoHistory(manager, {
      teamId,
      kitId: kit.id,
      coordinatorId: coordinator.id,
      interviewers: users.map((user, index) => ({ id: user.id, email: user.email, availability: availabilities[index] })),
      competencyIds: (version?.competencies ?? []).map((competency) => competency.id),
      rubricVersionId: version?.id ?? '',
      questions: planned.map((row) => ({ questionId: row.question_id, revisionId: row.revision_id, plannedMinutes: row.planned_minutes })),
      minimumNoticeMinutes: team.minimumBookingNoticeMinutes,
      now,
    });
    // 14:00 UTC is inside both panelists' 09:00-17:00 in every season (New York 09:00-10:00,
    // Berlin 15:00-16:00 or 16:00-17:00), and the two days differ, so the booking rule holds.
    const first = upcoming(2, 14, now);
    const plans = [
      { candidate: candidates[0], startsAt: first, panel: [ana, ben] },
      { candidate: candidates[1], startsAt: upcoming(1, 14, first), panel: [ben, ana] },
      // Running now, so a newcomer can open the interview room right away.
      { candidate: candidates[2] ?? candidates[0], startsAt: new Date(Math.floor(now.getTime() / 300_000) * 300_000 - 10 * 60_000), panel: [ana, ben] },
    ];
    for (const plan of plans) {
      if (!plan.candidate || !plan.panel[0] || !plan.panel[1]) {
        continue;
      }
      const endsAt = new Date(plan.startsAt.getTime() + 60 * 60_000);
      const session = await manager.save(InterviewSessionEntity, {
        teamId,
        candidateId: plan.candidate.id,
        kitId: kit.id,
        startsAt: plan.startsAt,
        endsAt,
        timeZone: 'Europe/London',
        location: 'https://meet.example.com/panelwise-demo',
        status: SessionStatus.SCHEDULED,
        rescheduleCount: 0,
        sequence: 0,
        version: 1,
        createdById: null,
      });
      const period = `[${plan.startsAt.toISOString()},${endsAt.toISOString()})`;
      await manager.insert(SessionPanelistEntity, [
        { sessionId: session.id, userId: plan.panel[0].id, role: PanelRole.LEAD, period, isActive: true },
        { sessionId: session.id, userId: plan.panel[1].id, role: PanelRole.CO_INTERVIEWER, period, isActive: true },
      ]);
      await copyKitIntoPlan(manager, session.id, kit.id);
      await manager.save(SessionEventEntity, { sessionId: session.id, actorId: null, kind: 'SCHEDULED', reason: null, details: {} });
    }

    return history;
  });
}
