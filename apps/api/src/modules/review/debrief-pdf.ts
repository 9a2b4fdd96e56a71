import PDFDocument from 'pdfkit';

import { formatInTimeZone } from '@panelwise/shared-util';

import type { ReviewRatingModel } from './dto/review.model';
import { type DebriefFonts, debriefFonts } from './debrief-fonts';
import { DECISION_LABEL, PANEL_ROLE_LABEL, RECOMMENDATION_LABEL, SESSION_STATUS_LABEL } from './review-labels';
import { anchorText, levelLabel, type ReviewExport } from './review-export.model';
import type { ScorecardRubric } from './review-export.read-model';

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;
/** pdfkit tags a table (Table, TR, TH, TD) when given its parent; @types/pdfkit does not list the option yet. */
type TaggedTableOptions = PDFKit.Mixins.TableOptionsWithData & { structParent: Struct };
type Cell = PDFKit.Mixins.CellOptions & { scope?: 'Row' | 'Column' };

const SIZE = { title: 18, h2: 13, h3: 11, body: 10, table: 9, small: 8 } as const;
/** Interviewer columns per table: more would squeeze names and ratings into slivers. */
const COLUMNS_PER_TABLE = 4;
/** A table row stays on one page; longer text goes to paragraphs. */
const CELL_TEXT_LIMIT = 300;
/** A panel is listed whole: a dozen long names still fit a page. */
const PANEL_TEXT_LIMIT = 1500;
const GREY = '#555555';
const RULE = '#9a9a9a';
const HEADER_FILL = '#eeeeee';

const CELL_PADDING = 4;


const clip = (text: string, limit = CELL_TEXT_LIMIT) => (text.length > limit ? `${text.slice(0, limit - 1).trimEnd()}…` : text);

/**
 * The debrief packet: a tagged PDF (headings, paragraphs and real tables in the structure
 * tree, a language and a title) with the review's labels as the page shows them, times in
 * the export's zone (named) and the team's name.
 */
export function renderDebriefPacket(data: ReviewExport): Promise<Buffer> {
  const { review, timeZone } = data;
  const title = `Debrief packet: ${review.candidate.name}`;
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 50, bottom: 60, left: 50, right: 50 },
    tagged: true,
    lang: 'en-GB',
    displayTitle: true,
    pdfVersion: '1.7',
    bufferPages: true,
    info: {
      Title: title,
      Author: data.teamName || 'Panelwise',
      Subject: `Interview scorecards and debrief decision for ${review.candidate.name}`,
      Creator: 'Panelwise',
      CreationDate: data.generatedAt,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const when = (moment: Date) => formatInTimeZone(moment, timeZone, { withZone: false });
  const root = doc.struct('Document');
  doc.addStructure(root);
  const writer = new PacketWriter(doc, debriefFonts());

  const front = writer.section(root);
  writer.heading(front, title, 'H1');
  writer.paragraph(front, [data.teamName, review.candidate.targetRole, review.candidate.email].filter(Boolean).join(' · '));
  writer.paragraph(
    front,
    `Generated ${formatInTimeZone(data.generatedAt, timeZone)} (${data.generatedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC). Times below are in ${timeZone}.`,
    { color: GREY, size: SIZE.small },
  );

  const decisionSection = writer.section(root);
  writer.heading(decisionSection, 'Decision', 'H2');
  const [current, ...earlier] = review.decisions;
  if (current) {
    writer.paragraph(decisionSection, `${DECISION_LABEL[current.decision]}`, { bold: true, size: SIZE.h3 });
    writer.paragraph(decisionSection, `Recorded by ${current.decidedBy?.name ?? 'a former member'}, ${when(current.decidedAt)}.`);
    writer.paragraph(decisionSection, `Rationale: ${current.rationale}`);
    if (earlier.length) {
      writer.heading(decisionSection, 'Earlier decisions', 'H3');
      for (const decision of earlier) {
        writer.paragraph(
          decisionSection,
          `${DECISION_LABEL[decision.decision]}, by ${decision.decidedBy?.name ?? 'a former member'}, ${when(decision.decidedAt)}: ${decision.rationale}`,
        );
      }
    }
  } else {
    writer.paragraph(decisionSection, 'No decision recorded yet.');
  }

  const sessionSection = writer.section(root);
  writer.heading(sessionSection, 'Sessions', 'H2');
  if (review.sessions.length) {
    writer.table(
      sessionSection,
      [`When (${timeZone})`, 'Kit', 'Status', 'Panel'],
      review.sessions.map((session) => [
        when(session.startsAt),
        session.kitName,
        SESSION_STATUS_LABEL[session.status],
        session.panel.map((panelist) => `${panelist.user.name} (${PANEL_ROLE_LABEL[panelist.role].toLowerCase()})`).join(', '),
      ]),
      [95, 130, 65, '*'],
      PANEL_TEXT_LIMIT,
    );
  } else {
    writer.paragraph(sessionSection, 'No sessions.');
  }

  // One column per submitted scorecard: an interviewer seen in two sessions has two.
  const multipleSessions = new Set(review.recommendations.map((entry) => entry.sessionId)).size > 1;
  const sessionStart = new Map(review.sessions.map((session) => [session.id, session.startsAt]));
  const scorecards = review.recommendations.map((entry) => {
    const start = sessionStart.get(entry.sessionId);

    return {
      id: entry.scorecardId,
      heading: multipleSessions && start ? `${entry.interviewer.name}\n${formatInTimeZone(start, timeZone, { withZone: false }).replace(/, \d\d:\d\d$/, '')}` : entry.interviewer.name,
      rubric: data.rubricByScorecard.get(entry.scorecardId),
    };
  });
  const ratingOf = new Map<string, ReviewRatingModel>(review.ratings.map((rating) => [`${rating.scorecardId}:${rating.competencyId}`, rating]));
  const disagreement = new Map(review.disagreements.map((entry) => [entry.competencyId, entry]));

  const ratingSection = writer.section(root);
  writer.heading(ratingSection, 'Ratings', 'H2');
  if (review.ratings.length) {
    writer.matrix(
      ratingSection,
      'Competency',
      review.competencies.map((competency) => {
        const spread = disagreement.get(competency.id);

        return { id: competency.id, heading: spread ? `${competency.name}\nDisagreement: ${spread.lowest} to ${spread.highest}` : competency.name };
      }),
      scorecards,
      (competencyId, scorecard) => {
        const rating = ratingOf.get(`${scorecard.id}:${competencyId}`);

        return rating ? levelLabel(scorecard.rubric, rating.level, rating.notAssessed) : '';
      },
    );
  } else {
    writer.paragraph(ratingSection, 'No submitted scorecards yet.');
  }

  const questionsRated = data.questionRatings.length > 0;
  if (questionsRated) {
    const questionSection = writer.section(root);
    writer.heading(questionSection, 'Question ratings', 'H2');
    const questions = [...new Map(data.questionRatings.map((rating) => [rating.sessionQuestionId, rating])).values()];
    const questionRating = new Map(data.questionRatings.map((rating) => [`${rating.scorecardId}:${rating.sessionQuestionId}`, rating]));
    writer.matrix(
      questionSection,
      'Question',
      questions.map((question) => ({ id: question.sessionQuestionId, heading: `${question.position}. ${question.prompt}` })),
      scorecards.filter((scorecard) => data.questionRatings.some((rating) => rating.scorecardId === scorecard.id)),
      (questionId, scorecard) => {
        const rating = questionRating.get(`${scorecard.id}:${questionId}`);

        return rating ? levelLabel(scorecard.rubric, rating.level) : '';
      },
    );
  }

  const recommendationSection = writer.section(root);
  writer.heading(recommendationSection, 'Recommendations', 'H2');
  if (review.recommendations.length) {
    const kitOf = new Map(review.sessions.map((session) => [session.id, session.kitName]));
    writer.table(
      recommendationSection,
      ['Interviewer', 'Session', 'Recommendation', `Submitted (${timeZone})`],
      review.recommendations.map((entry) => {
        const start = sessionStart.get(entry.sessionId);

        return [
          entry.interviewer.name,
          [start ? when(start) : '', kitOf.get(entry.sessionId) ?? ''].filter(Boolean).join('\n'),
          RECOMMENDATION_LABEL[entry.recommendation],
          when(entry.submittedAt),
        ];
      }),
      ['*', 140, 100, 95],
    );
    const summaries = review.recommendations.filter((entry) => entry.summary.trim());
    if (summaries.length) {
      writer.heading(recommendationSection, 'Summaries', 'H3');
      for (const entry of summaries) {
        writer.labelled(recommendationSection, `${entry.interviewer.name} (${RECOMMENDATION_LABEL[entry.recommendation]})`, entry.summary);
      }
    }
  } else {
    writer.paragraph(recommendationSection, 'No recommendations yet.');
  }

  if (review.ratings.some((rating) => rating.evidence.trim())) {
    const evidenceSection = writer.section(root);
    writer.heading(evidenceSection, 'Evidence', 'H2');
    const nameOf = new Map(review.recommendations.map((entry) => [entry.scorecardId, entry.interviewer.name]));
    for (const competency of review.competencies) {
      const withEvidence = review.ratings.filter((rating) => rating.competencyId === competency.id && rating.evidence.trim());
      if (!withEvidence.length) {
        continue;
      }
      writer.heading(evidenceSection, competency.name, 'H3');
      for (const rating of withEvidence) {
        const rubric = data.rubricByScorecard.get(rating.scorecardId);
        writer.labelled(evidenceSection, `${nameOf.get(rating.scorecardId) ?? rating.interviewer.name}, ${levelLabel(rubric, rating.level, rating.notAssessed)}`, rating.evidence);
      }
    }
  }

  const anchorSection = writer.section(root);
  writer.heading(anchorSection, 'Scale and anchors', 'H2');
  writer.paragraph(anchorSection, 'What each level meant, in the words of the rubric the interviewers scored on.', { color: GREY });
  for (const competency of review.competencies) {
    const rubric = scorecards.map((scorecard) => scorecard.rubric).find((candidate) => definitionOf(candidate, competency.id));
    const definition = definitionOf(rubric, competency.id);
    writer.heading(anchorSection, competency.name, 'H3');
    if (definition?.description.trim()) {
      writer.paragraph(anchorSection, definition.description);
    }
    const levels = rubric?.scale ?? [];
    if (levels.length) {
      writer.table(
        anchorSection,
        ['Level', 'Anchor'],
        levels.map((step) => [levelLabel(rubric, step.level), anchorText(rubric, competency.id, step.level) || '—']),
        [90, '*'],
      );
    }
  }

  if (review.pending.length) {
    const pendingSection = writer.section(root);
    writer.heading(pendingSection, 'Not submitted yet', 'H2');
    writer.table(
      pendingSection,
      ['Interviewer', `Session ended (${timeZone})`, 'Draft'],
      review.pending.map((entry) => [entry.interviewer.name, when(entry.endedAt), entry.hasDraft ? 'Started' : 'None']),
      ['*', 140, 70],
    );
  }

  root.end();
  writer.footers(`${data.teamName ? `${data.teamName} · ` : ''}${title}`);
  doc.end();

  return done;
}

const definitionOf = (rubric: ScorecardRubric | undefined, competencyId: string) => rubric?.competencies.find((competency) => competency.id === competencyId);

/** Writes tagged blocks: each heading, paragraph and table becomes a structure element. */
class PacketWriter {
  /**
   * Fonts are named by their file everywhere: pdfkit's tables switch back to a cell's font by
   * its file, and a font reached under two names is parsed again on every switch.
   */
  private readonly regular: string;
  private readonly bold: string;

  constructor(
    private readonly doc: Doc,
    fonts: DebriefFonts,
  ) {
    this.regular = fonts.regular;
    this.bold = fonts.bold;
    doc.font(this.regular).fontSize(SIZE.body);
  }

  section(parent: Struct): Struct {
    const section = this.doc.struct('Sect');
    parent.add(section);

    return section;
  }

  heading(parent: Struct, text: string, level: 'H1' | 'H2' | 'H3'): void {
    const size = level === 'H1' ? SIZE.title : level === 'H2' ? SIZE.h2 : SIZE.h3;
    // Keep a heading with what follows it.
    this.keepSpace(size * 4);
    if (level !== 'H1') {
      this.doc.moveDown(level === 'H2' ? 1 : 0.6);
    }
    this.doc.font(this.bold).fontSize(size).fillColor('black').text(text, this.doc.page.margins.left, undefined, { structParent: parent, structType: level });
    this.doc.moveDown(0.3);
    this.doc.font(this.regular).fontSize(SIZE.body);
  }

  paragraph(parent: Struct, text: string, style: { bold?: boolean; size?: number; color?: string } = {}): void {
    this.doc
      .font(style.bold ? this.bold : this.regular)
      .fontSize(style.size ?? SIZE.body)
      .fillColor(style.color ?? 'black')
      .text(text, this.doc.page.margins.left, undefined, { structParent: parent, structType: 'P', paragraphGap: 4 });
    this.doc.font(this.regular).fontSize(SIZE.body).fillColor('black');
  }

  /** A bold label line, then the free text under it (which may run over pages). */
  labelled(parent: Struct, label: string, text: string): void {
    this.keepSpace(40);
    this.paragraph(parent, label, { bold: true, size: SIZE.body });
    this.paragraph(parent, text);
  }

  table(parent: Struct, header: string[], rows: string[][], widths: (number | '*')[], limit = CELL_TEXT_LIMIT): void {
    this.grid(
      parent,
      header.map((text) => this.headerCell(text, 'Column')),
      rows.map((row) => row.map((text): Cell => ({ text: clip(text, limit) }))),
      this.resolveWidths(widths),
    );
  }

  /** Rows × scorecard columns, split into tables of a few columns so many interviewers still fit. */
  matrix<C extends { id: string; heading: string }>(
    parent: Struct,
    rowTitle: string,
    rows: { id: string; heading: string }[],
    columns: C[],
    cell: (rowId: string, column: C) => string,
  ): void {
    for (let start = 0; start < columns.length; start += COLUMNS_PER_TABLE) {
      const slice = columns.slice(start, start + COLUMNS_PER_TABLE);
      if (columns.length > COLUMNS_PER_TABLE) {
        this.keepSpace(80);
        this.paragraph(parent, `Interviewers ${start + 1}–${start + slice.length} of ${columns.length}`, { color: GREY, size: SIZE.small });
      }
      this.grid(
        parent,
        [rowTitle, ...slice.map((column) => column.heading)].map((text) => this.headerCell(text, 'Column')),
        rows.map((row) => [this.headerCell(clip(row.heading), 'Row', false), ...slice.map((column): Cell => ({ text: cell(row.id, column) || '—' }))]),
        this.resolveWidths([150, ...slice.map(() => '*' as const)]),
      );
    }
  }

  /**
   * A table laid out page by page: a table that fits on one page is not split, and one
   * that does not repeats its header row on every page (pdfkit's own tables do neither).
   */
  private grid(parent: Struct, header: Cell[], rows: Cell[][], widths: number[]): void {
    const doc = this.doc;
    const bottom = () => doc.page.height - doc.page.margins.bottom;
    const headerHeight = this.rowHeight(header, widths);
    const heights = rows.map((row) => this.rowHeight(row, widths));
    const total = headerHeight + heights.reduce((sum, height) => sum + height, 0);
    const pageRoom = bottom() - doc.page.margins.top;
    if (doc.y + Math.min(total, headerHeight + (heights[0] ?? 0)) > bottom() || (total <= pageRoom && doc.y + total > bottom())) {
      doc.addPage();
    }
    let pageRows: Cell[][] = [];
    let y = doc.y + headerHeight;
    rows.forEach((row, index) => {
      const height = heights[index] ?? 0;
      if (y + height > bottom() && pageRows.length) {
        this.drawTable(parent, [header, ...pageRows], widths);
        doc.addPage();
        pageRows = [];
        y = doc.y + headerHeight;
      }
      pageRows.push(row);
      y += height;
    });
    this.drawTable(parent, [header, ...pageRows], widths);
  }

  private drawTable(parent: Struct, data: Cell[][], widths: number[]): void {
    const doc = this.doc;
    // Cells without a font of their own print in the document's current one.
    doc.font(this.regular).fontSize(SIZE.table);
    const options: TaggedTableOptions = {
      structParent: parent,
      position: { x: doc.page.margins.left, y: doc.y },
      maxWidth: this.contentWidth(),
      columnStyles: widths.map((width) => ({ width })),
      defaultStyle: { border: 0.5, borderColor: RULE, padding: CELL_PADDING },
      data,
    };
    doc.table(options);
    doc.x = doc.page.margins.left;
    doc.font(this.regular).fontSize(SIZE.body).moveDown(0.5);
  }

  /** The height pdfkit will give a row: its tallest cell's wrapped text plus the padding. */
  private rowHeight(row: Cell[], widths: number[]): number {
    const doc = this.doc;
    const height = Math.max(
      ...row.map((cell, index) => {
        doc.font(cell.font?.src === this.bold ? this.bold : this.regular).fontSize(SIZE.table);

        return doc.heightOfString(cell.text ?? '', { width: (widths[index] ?? 0) - 2 * CELL_PADDING }) + 2 * CELL_PADDING;
      }),
    );
    doc.font(this.regular).fontSize(SIZE.body);

    return height + 1;
  }

  /** Fixed widths as given, the rest shared by the '*' columns. */
  private resolveWidths(widths: (number | '*')[]): number[] {
    const fixed = widths.reduce<number>((sum, width) => sum + (width === '*' ? 0 : width), 0);
    const shares = widths.filter((width) => width === '*').length;
    const share = shares ? (this.contentWidth() - fixed) / shares : 0;

    return widths.map((width) => (width === '*' ? share : width));
  }

  private contentWidth(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  /** "Team · Debrief packet: Name · page 2 of 5" under every page, marked as a pagination artifact. */
  footers(text: string): void {
    const doc = this.doc;
    const { start, count } = doc.bufferedPageRange();
    for (let index = start; index < start + count; index += 1) {
      doc.switchToPage(index);
      const bottom = doc.page.margins.bottom;
      doc.page.margins.bottom = 0;
      doc.markContent('Artifact', { type: 'Pagination' });
      doc
        .font(this.regular)
        .fontSize(SIZE.small)
        .fillColor(GREY)
        .text(`${clip(text, 80)} · page ${index + 1} of ${count}`, doc.page.margins.left, doc.page.height - 35, {
          width: doc.page.width - doc.page.margins.left - doc.page.margins.right,
          align: 'center',
          lineBreak: false,
        });
      doc.endMarkedContent();
      doc.page.margins.bottom = bottom;
    }
  }

  private headerCell(text: string, scope: 'Row' | 'Column', filled = true): Cell {
    return { text, type: 'TH', scope, font: { src: this.bold, size: SIZE.table }, ...(filled ? { backgroundColor: HEADER_FILL } : {}) };
  }

  /** Starts a new page when less than `height` points are left on this one. */
  private keepSpace(height: number): void {
    if (this.doc.y + height > this.doc.page.height - this.doc.page.margins.bottom) {
      this.doc.addPage();
    }
  }
}
