import type { DataSource } from 'typeorm';

import type { QuestionRevisionOrigin } from './question-revision-origin';

import type { QuestionRevisionModel } from './dto/question.model';

export type QuestionRevisionRow = QuestionRevisionModel & {
  questionId: string;
};

/** Every revision of the team's given questions, oldest first, with who wrote each. */
export async function loadQuestionRevisions(
  dataSource: DataSource,
  teamId: string,
  questionIds: readonly string[],
): Promise<QuestionRevisionRow[]> {
  const rows: {
    id: string;
    question_id: string;
    revision: number;
    origin: QuestionRevisionOrigin;
    created_at: Date;
    author_name: string | null;
    prompt: string;
  }[] = await dataSource.query(
    `SELECT r.id, r.question_id, r.revision, r.origin, r.created_at, u.name AS author_name, r.prompt
       FROM question_revision r
       JOIN question q ON q.id = r.question_id
       LEFT JOIN app_user u ON u.id = r.created_by_id
      WHERE q.team_id = $1 AND r.question_id = ANY($2::uuid[])
      ORDER BY r.question_id, r.revision`,
    [teamId, [...questionIds]],
  );

  return rows.map((row) => ({
    id: row.id,
    questionId: row.question_id,
    revision: row.revision,
    origin: row.origin,
    createdAt: row.created_at,
    authorName: row.author_name,
    prompt: row.prompt,
  }));
}
