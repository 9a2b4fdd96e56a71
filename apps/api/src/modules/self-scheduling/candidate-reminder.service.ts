import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { AppConfig } from '@api/core/config/app-config';
import { JobQueue } from '@api/core/jobs/job-queue';

import { CandidateMailService } from './candidate-mail.service';
import { schedulingRequestRepository } from './scheduling-request.repository';

const CANDIDATE_REMINDER_JOB = 'candidate.reminders';

/**
 * A day before a self-scheduled session, the candidate gets a reminder with
 * the meeting link. Runs as a scheduled job on one replica per tick; the claim
 * on the request row (one per booked time) keeps it to one email even when
 * two runs overlap.
 */
@Injectable()
export class CandidateReminderService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly jobs: JobQueue,
    private readonly mail: CandidateMailService,
  ) {}

  onModuleInit(): void {
    const seconds = this.config.get('REMINDER_INTERVAL_SECONDS');
    this.jobs.define(
      CANDIDATE_REMINDER_JOB,
      { retryLimit: 1, expireInSeconds: 300 },
      async () => {
        await this.sendDue();
      },
    );
    if (seconds > 0) {
      this.jobs.every(CANDIDATE_REMINDER_JOB, seconds);
    }
  }

  /** Sends every candidate reminder now due; returns how many went out. */
  async sendDue(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const due = await schedulingRequestRepository.claimDueReminders(manager);
      for (const { session_id } of due) {
        const request = await schedulingRequestRepository.findForSession(
          manager,
          session_id,
        );
        if (request) {
          await this.mail.sendNotice(manager, request, 'REMINDER');
        }
      }

      return due.length;
    });
  }
}
