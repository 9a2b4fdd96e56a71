import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { AppConfig } from '@api/core/config/app-config';
import { JobQueue } from '@api/core/jobs/job-queue';
import { NotificationService } from '@api/modules/notification/notification.service';

import { ScorecardReminderKind } from './scorecard-reminder.entity';

/** Sessions older than this are no longer chased: the moment for feedback has passed. */
const CHASE_DAYS = 30;

type SentReminder = {
  session_id: string;
  interviewer_id: string;
  kind: ScorecardReminderKind;
  team_id: string;
  candidate_name: string;
  interviewer_name: string;
};

const REMINDER_JOB = 'scorecard.reminders';

/**
 * Chases missing scorecards: a reminder to the interviewer after the team's
 * reminder delay, an escalation to its coordinators after the second delay.
 * Runs as a scheduled job (one replica per tick); each reminder still goes out
 * once per session and interviewer because the reminder row's primary key decides.
 */
@Injectable()
export class ScorecardReminderService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly jobs: JobQueue,
    private readonly notifications: NotificationService,
  ) {}

  onModuleInit(): void {
    const seconds = this.config.get('REMINDER_INTERVAL_SECONDS');
    this.jobs.define(REMINDER_JOB, { retryLimit: 1, expireInSeconds: 300 }, async () => {
      await this.sendDue();
    });
    if (seconds > 0) {
      this.jobs.every(REMINDER_JOB, seconds);
    }
  }

  /** Sends every reminder and escalation now due; returns how many of each went out. */
  async sendDue(): Promise<{ reminders: number; escalations: number }> {
    return this.dataSource.transaction(async (manager) => {
      const sent: SentReminder[] = await manager.query(
        `WITH owed AS (
           SELECT s.id AS session_id, s.team_id, p.user_id, c.name AS candidate_name, u.name AS interviewer_name,
                  coalesce(s.completed_at, s.ends_at) AS ended_at, t.reminder_after_hours, t.escalate_after_hours
             FROM session_panelist p
             JOIN interview_session s ON s.id = p.session_id
             JOIN team t ON t.id = s.team_id
             JOIN candidate c ON c.id = s.candidate_id
             JOIN app_user u ON u.id = p.user_id
             LEFT JOIN scorecard sc ON sc.session_id = s.id AND sc.interviewer_id = p.user_id
            WHERE p.role <> 'SHADOW' AND sc.status IS DISTINCT FROM 'SUBMITTED'
              AND (s.status = 'COMPLETED' OR (s.status IN ('SCHEDULED', 'IN_PROGRESS') AND s.ends_at <= now()))
              AND coalesce(s.completed_at, s.ends_at) > now() - make_interval(days => $1)
         ),
         due AS (
           SELECT session_id, user_id, 'REMINDER'::scorecard_reminder_kind AS kind FROM owed
            WHERE ended_at <= now() - make_interval(hours => reminder_after_hours)
           UNION ALL
           SELECT session_id, user_id, 'ESCALATION'::scorecard_reminder_kind FROM owed
            WHERE ended_at <= now() - make_interval(hours => escalate_after_hours)
         ),
         sent AS (
           INSERT INTO scorecard_reminder (session_id, interviewer_id, kind)
           SELECT session_id, user_id, kind FROM due
           ON CONFLICT DO NOTHING
           RETURNING session_id, interviewer_id, kind
         )
         SELECT sent.session_id, sent.interviewer_id, sent.kind, owed.team_id, owed.candidate_name, owed.interviewer_name
           FROM sent JOIN owed ON owed.session_id = sent.session_id AND owed.user_id = sent.interviewer_id`,
        [CHASE_DAYS],
      );
      for (const reminder of sent) {
        if (reminder.kind === ScorecardReminderKind.REMINDER) {
          await this.notifications.notify(manager, reminder.team_id, [reminder.interviewer_id], {
            kind: 'SCORECARD_REMINDER',
            message: `Your scorecard for ${reminder.candidate_name} is waiting`,
            link: `/sessions/${reminder.session_id}/scorecard`,
          });
        } else {
          await this.notifications.notifyCoordinators(manager, reminder.team_id, {
            kind: 'SCORECARD_ESCALATION',
            message: `${reminder.interviewer_name} has not submitted a scorecard for ${reminder.candidate_name}`,
            link: `/timeliness`,
          });
        }
      }

      return {
        reminders: sent.filter((reminder) => reminder.kind === ScorecardReminderKind.REMINDER).length,
        escalations: sent.filter((reminder) => reminder.kind === ScorecardReminderKind.ESCALATION).length,
      };
    });
  }
}
