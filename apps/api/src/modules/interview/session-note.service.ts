import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { Actor } from '@api/core/auth/request-auth';
import { isUniqueViolation } from '@api/core/database/postgres-errors';
import { updateReturning } from '@api/core/database/update-returning';
import { versionConflict } from '@api/core/database/version-conflict';
import { DomainError } from '@api/core/domain-error';
import { SessionAccessService } from '@api/modules/scheduling/session-access.service';
import { SessionStatus } from '@api/core/session-status';

import type { SessionNoteModel } from './dto/interview.model';
import type { SaveSessionNoteInput } from './dto/interview.input';
import { SessionNoteEntity } from './session-note.entity';
import { NOTE_COLUMNS, type NoteRow, toNoteModel } from './session-note.query';

/**
 * Autosaved interview notes, one row per interviewer and question (Rule 4):
 * each save names the version it was edited from; a stale save is a CONFLICT
 * carrying the stored note, never a silent overwrite.
 */
@Injectable()
export class SessionNoteService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: SessionAccessService,
  ) {}

  async save(actor: Actor, input: SaveSessionNoteInput): Promise<SessionNoteModel> {
    const { session } = await this.access.forPanelist(actor, input.sessionId, { allowShadow: true });
    if (session.status === SessionStatus.CANCELLED || session.status === SessionStatus.NO_SHOW) {
      throw new DomainError('CONFLICT', 'This session did not take place: notes are closed');
    }
    const questionId = input.sessionQuestionId ?? null;
    if (questionId) {
      await this.assertFollowUps(input, questionId);
    } else if (input.followUpsAsked.length || input.customFollowUps.length) {
      throw new DomainError('BAD_USER_INPUT', 'Follow-ups belong to a question, not to the overall note', {
        field: 'followUpsAsked',
      });
    }
    const values = {
      text: input.text,
      followUpsAsked: [...new Set(input.followUpsAsked)].sort((a, b) => a - b),
      customFollowUps: input.customFollowUps.map((text) => text.trim()).filter(Boolean),
    };

    if (input.expectedVersion === 0) {
      try {
        const created = await this.dataSource.getRepository(SessionNoteEntity).save({
          sessionId: session.id,
          interviewerId: actor.userId,
          sessionQuestionId: questionId,
          ...values,
          version: 1,
          lastEditId: input.editId,
        });

        return this.note(created.id);
      } catch (error) {
        if (!isUniqueViolation(error)) {
          throw error;
        }

        // Another tab (or a retried first save) created it meanwhile: settle it like any other stale save.
        return this.update(actor, session.id, questionId, input, values);
      }
    }

    return this.update(actor, session.id, questionId, input, values);
  }

  private async update(
    actor: Actor,
    sessionId: string,
    questionId: string | null,
    input: SaveSessionNoteInput,
    values: { text: string; followUpsAsked: number[]; customFollowUps: string[] },
  ): Promise<SessionNoteModel> {
    // The version must match, or the stored last edit is this one (editId): a client retrying a save
    // whose answer was lost sends the same editId, maybe with newer text, which then applies.
    const rows = await updateReturning<NoteRow>(
      this.dataSource.manager,
      `UPDATE session_note
          SET text = $1, follow_ups_asked = $2::jsonb, custom_follow_ups = $3::jsonb,
              version = version + 1, last_edit_id = $4, updated_at = now()
        WHERE session_id = $5 AND interviewer_id = $6 AND session_question_id IS NOT DISTINCT FROM $7
          AND (version = $8 OR (last_edit_id = $4
               AND (text, follow_ups_asked, custom_follow_ups) IS DISTINCT FROM ($1, $2::jsonb, $3::jsonb)))
        RETURNING ${NOTE_COLUMNS}`,
      [
        values.text,
        JSON.stringify(values.followUpsAsked),
        JSON.stringify(values.customFollowUps),
        input.editId,
        sessionId,
        actor.userId,
        questionId,
        input.expectedVersion,
      ],
    );
    const [saved] = rows;
    if (saved) {
      return toNoteModel(saved);
    }
    const note = { where: 'session_id = $1 AND interviewer_id = $2 AND session_question_id IS NOT DISTINCT FROM $3', parameters: [sessionId, actor.userId, questionId] };
    // The edit stored last is this one, with this very content: a retry whose earlier answers were lost,
    // however many. It succeeds with what is stored and writes nothing, so the version does not move.
    const [retried]: NoteRow[] = await this.dataSource.query(`SELECT ${NOTE_COLUMNS} FROM session_note WHERE ${note.where} AND last_edit_id = $4`, [
      ...note.parameters,
      input.editId,
    ]);
    if (retried) {
      return toNoteModel(retried);
    }
    throw await versionConflict(
      this.dataSource,
      { table: 'session_note', ...note, alsoReport: { currentText: 'text' } },
      'These notes were changed elsewhere since this edit began',
    );
  }

  private async assertFollowUps(input: SaveSessionNoteInput, sessionQuestionId: string): Promise<void> {
    const [row]: { follow_up_count: number }[] = await this.dataSource.query(
      `SELECT jsonb_array_length(r.follow_ups) AS follow_up_count
         FROM session_question sq JOIN question_revision r ON r.id = sq.revision_id
        WHERE sq.id = $1 AND sq.session_id = $2`,
      [sessionQuestionId, input.sessionId],
    );
    if (!row) {
      throw new DomainError('NOT_FOUND', 'Question not found in this session', { field: 'sessionQuestionId' });
    }
    const outOfRange = input.followUpsAsked.find((index) => index >= row.follow_up_count);
    if (outOfRange !== undefined) {
      throw new DomainError('BAD_USER_INPUT', `This question has ${row.follow_up_count} follow-up points; ${outOfRange} is not one of them`, {
        field: 'followUpsAsked',
      });
    }
  }

  private async note(id: string): Promise<SessionNoteModel> {
    const [row]: NoteRow[] = await this.dataSource.query(`SELECT ${NOTE_COLUMNS} FROM session_note WHERE id = $1`, [id]);

    return toNoteModel(row);
  }
}
