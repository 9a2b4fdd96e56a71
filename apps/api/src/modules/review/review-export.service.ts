import { Injectable } from '@nestjs/common';
import PDFDocument from 'pdfkit';

import { toCsv } from '@panelwise/shared-util';

import type { Actor } from '@api/auth/request-auth';

import { CandidateReviewService } from './candidate-review.service';
import type { CandidateReviewModel } from './dto/review.model';

/** Column names are a contract with whoever imports the file: add columns at the end only. */
export const SCORECARD_CSV_COLUMNS = [
  'candidate_name',
  'candidate_email',
  'session_id',
  'session_starts_at',
  'kit',
  'interviewer_name',
  'interviewer_email',
  'competency_id',
  'competency_name',
  'level',
  'not_assessed',
  'evidence',
  'recommendation',
  'submitted_at',
] as const;

const RECOMMENDATION_LABEL: Record<string, string> = { STRONG_NO: 'Strong no', NO: 'No', YES: 'Yes', STRONG_YES: 'Strong yes' };

/** CSV and PDF renderings of a candidate review: the same data and the same Rule 2 as the page. */
@Injectable()
export class ReviewExportService {
  constructor(private readonly reviews: CandidateReviewService) {}

  async scorecardsCsv(actor: Actor, candidateId: string): Promise<{ fileName: string; csv: string }> {
    const review = await this.reviews.review(actor, candidateId);
    const sessionById = new Map(review.sessions.map((session) => [session.id, session]));
    const competencyName = new Map(review.competencies.map((competency) => [competency.id, competency.name]));
    const scorecardById = new Map(review.recommendations.map((entry) => [entry.scorecardId, entry]));
    const rows = review.ratings.map((rating) => {
      const session = sessionById.get(rating.sessionId);
      const scorecard = scorecardById.get(rating.scorecardId);

      return [
        review.candidate.name,
        review.candidate.email,
        rating.sessionId,
        session?.startsAt.toISOString(),
        session?.kitName,
        rating.interviewer.name,
        rating.interviewer.email,
        rating.competencyId,
        competencyName.get(rating.competencyId),
        rating.level,
        rating.notAssessed,
        rating.evidence,
        scorecard?.recommendation,
        scorecard?.submittedAt.toISOString(),
      ];
    });

    return { fileName: `${slug(review.candidate.name)}-scorecards.csv`, csv: toCsv(SCORECARD_CSV_COLUMNS, rows) };
  }

  async debriefPdf(actor: Actor, candidateId: string): Promise<{ fileName: string; pdf: Buffer }> {
    const review = await this.reviews.review(actor, candidateId);

    return { fileName: `${slug(review.candidate.name)}-debrief.pdf`, pdf: await renderDebriefPacket(review) };
  }
}

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'candidate';

/** A printable packet: candidate, decision, sessions, the matrix, evidence and recommendations. */
export function renderDebriefPacket(review: CandidateReviewModel): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 50, info: { Title: `Debrief packet: ${review.candidate.name}` } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  const heading = (text: string) => doc.moveDown().font('Helvetica-Bold').fontSize(13).text(text).font('Helvetica').fontSize(10);

  doc.font('Helvetica-Bold').fontSize(18).text(`Debrief packet: ${review.candidate.name}`);
  doc.font('Helvetica').fontSize(10).text([review.candidate.targetRole, review.candidate.email].filter(Boolean).join(' \u00b7 '));
  doc.text(`Generated ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`);

  heading('Decision');
  const [current] = review.decisions;
  doc.text(current ? `${current.decision.replace('_', ' ')} by ${current.decidedBy?.name ?? 'a former member'} on ${current.decidedAt.toISOString().slice(0, 10)}` : 'No decision recorded yet.');
  if (current) {
    doc.text(`Rationale: ${current.rationale}`);
  }

  heading('Sessions');
  for (const session of review.sessions) {
    const panel = session.panel.map((panelist) => `${panelist.user.name} (${panelist.role.toLowerCase().replace('_', '-')})`).join(', ');
    doc.text(`${session.startsAt.toISOString().slice(0, 16).replace('T', ' ')} UTC \u00b7 ${session.kitName} \u00b7 ${session.status.toLowerCase()} \u00b7 ${panel}`);
  }

  heading('Ratings');
  if (!review.ratings.length) {
    doc.text('No submitted scorecards yet.');
  }
  const flagged = new Set(review.disagreements.map((disagreement) => disagreement.competencyId));
  for (const competency of review.competencies) {
    doc.font('Helvetica-Bold').text(`${competency.name}${flagged.has(competency.id) ? '  (disagreement)' : ''}`).font('Helvetica');
    for (const rating of review.ratings.filter((entry) => entry.competencyId === competency.id)) {
      const level = rating.notAssessed ? 'not assessed' : String(rating.level ?? '-');
      doc.text(`  ${rating.interviewer.name}: ${level}${rating.evidence ? ` \u2014 ${rating.evidence}` : ''}`);
    }
  }

  heading('Recommendations');
  for (const entry of review.recommendations) {
    doc.text(`${entry.interviewer.name}: ${RECOMMENDATION_LABEL[entry.recommendation] ?? entry.recommendation}${entry.summary ? ` \u2014 ${entry.summary}` : ''}`);
  }
  if (review.pending.length) {
    heading('Not submitted yet');
    for (const pending of review.pending) {
      doc.text(`${pending.interviewer.name} (session ended ${pending.endedAt.toISOString().slice(0, 10)})`);
    }
  }
  doc.end();

  return done;
}
