import type { DataSource } from 'typeorm';

import { CandidateEntity } from '@api/modules/candidate/candidate.entity';
import { UserEntity } from '@api/modules/identity/user.entity';
import { KitItemEntity } from '@api/modules/kit/kit-item.entity';
import { KitEntity } from '@api/modules/kit/kit.entity';
import { RubricEntity } from '@api/modules/rubric/rubric.entity';
import { AvailabilityEntity } from '@api/modules/scheduling/availability.entity';
import { InterviewSessionEntity } from '@api/modules/scheduling/interview-session.entity';
import { SessionEventEntity } from '@api/modules/scheduling/session-event.entity';
import { copyKitIntoPlan } from '@api/modules/scheduling/session-plan';
import { SessionPanelistEntity } from '@api/modules/scheduling/session-panelist.entity';
import { PanelRole, SessionStatus } from '@api/modules/scheduling/session-status';

const WORKDAYS = [1, 2, 3, 4, 5] as const;

/** Next weekday at `hour`:00 UTC, at least `daysAhead` days from now. */
function upcoming(daysAhead: number, hour: number): Date {
  const date = new Date(Date.now() + daysAhead * 86_400_000);
  date.setUTCHours(hour, 0, 0, 0);
  while (date.getUTCDay() === 0 || date.getUTCDay() === 6) {
    date.setUTCDate(date.getUTCDate() + 1);
  }

  return date;
}

/**
 * Gives the demo team something to schedule with: interviewer availability,
 * candidates, a kit from the sample backend guide and two upcoming sessions.
 */
export async function seedDemoSchedule(dataSource: DataSource, teamId: string): Promise<void> {
  await dataSource.transaction(async (manager) => {
    const users = await manager.findBy(UserEntity, [{ email: 'ana@panelwise.test' }, { email: 'ben@panelwise.test' }]);
    for (const user of users) {
      await manager.insert(AvailabilityEntity, {
        userId: user.id,
        timeZone: user.timeZone,
        weeklyWindows: WORKDAYS.map((weekday) => ({ weekday, start: '09:00', end: '17:00' })),
        overrides: [],
        timeOff: [],
        dailyCap: 3,
        weeklyCap: 10,
        bufferMinutes: 15,
        version: 1,
      });
    }
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
    const plans = [
      { candidate: candidates[0], startsAt: upcoming(2, 15), panel: [ana, ben] },
      { candidate: candidates[1], startsAt: upcoming(3, 14), panel: [ben, ana] },
      // Running now, so a newcomer can open the interview room right away.
      { candidate: candidates[2] ?? candidates[0], startsAt: new Date(Math.floor(Date.now() / 300_000) * 300_000 - 10 * 60_000), panel: [ana, ben] },
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
  });
}
