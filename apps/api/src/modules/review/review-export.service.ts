import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { Actor } from '@api/core/auth/request-auth';

import { CandidateReviewService } from './candidate-review.service';
import { renderDebriefPacket } from './debrief-pdf';
import type { ReviewExport } from './review-export.model';
import { loadReviewExportDetails } from './review-export.read-model';
import { buildScorecardsCsv } from './scorecards-csv';

/** CSV and PDF renderings of a candidate review: the same data and the same Rule 2 as the page. */
@Injectable()
export class ReviewExportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reviews: CandidateReviewService,
  ) {}

  async scorecardsCsv(actor: Actor, candidateId: string): Promise<{ fileName: string; csv: string }> {
    const data = await this.exportData(actor, candidateId);

    return { fileName: `${slug(data.review.candidate.name)}-scorecards.csv`, csv: buildScorecardsCsv(data) };
  }

  async debriefPdf(actor: Actor, candidateId: string): Promise<{ fileName: string; pdf: Buffer }> {
    const data = await this.exportData(actor, candidateId);

    return { fileName: `${slug(data.review.candidate.name)}-debrief.pdf`, pdf: await renderDebriefPacket(data) };
  }

  /** The review first: it answers NOT_FOUND for another team's candidate before anything else is read. */
  private async exportData(actor: Actor, candidateId: string): Promise<ReviewExport> {
    const review = await this.reviews.review(actor, candidateId);
    const details = await loadReviewExportDetails(this.dataSource, actor, review.candidate.id);

    return { review, ...details, generatedAt: new Date() };
  }
}

/** An ASCII file name: accents folded ("Zoë Łukasiewicz" → "zoe-lukasiewicz"), other scripts dropped. */
export const slug = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[łŁ]/g, 'l')
    .replace(/[øØ]/g, 'o')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'candidate';
