import { PDFParse } from 'pdf-parse';

import { reviewExportFixture } from '@api-test/support/review-export-fixture';

import { renderDebriefPacket } from './debrief-pdf';

async function textOf(pdf: Buffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  const { text } = await parser.getText();
  await parser.destroy();

  return text;
}

describe(renderDebriefPacket.name, () => {
  let pdf: Buffer;
  let text: string;

  beforeAll(async () => {
    pdf = await renderDebriefPacket(reviewExportFixture());
    text = await textOf(pdf);
  }, 60_000);

  it('should be a tagged PDF with a language, a shown title and headings, paragraphs and tables in its structure', () => {
    const raw = pdf.toString('latin1');

    expect(raw.startsWith('%PDF-1.7')).toBe(true);
    expect(raw).toMatch(/\/MarkInfo \d+ 0 R/);
    expect(raw).toContain('/Marked true');
    expect(raw).toContain('/StructTreeRoot');
    expect(raw).toMatch(/\/Lang \(en-GB\)/);
    expect(raw).toMatch(/\/DisplayDocTitle true/);
    for (const type of ['Document', 'Sect', 'H1', 'H2', 'H3', 'P', 'Table', 'TR', 'TH', 'TD']) {
      expect(raw).toContain(`/S /${type}`);
    }
    expect(raw).toMatch(/\/Scope \/Column/);
    expect(raw).toMatch(/\/Scope \/Row/);
  });

  it('should print labels, not enum names', () => {
    for (const label of ['Needs practice', 'Hold', 'Completed', '4 · Strong yes', '1 · Strong no', 'Not assessed', '(co-interviewer)', 'Strong no']) {
      expect(text).toContain(label);
    }
    for (const slug of ['NEEDS_PRACTICE', 'STRONG_YES', 'STRONG_NO', 'CO_INTERVIEWER', 'COMPLETED', 'co_interviewer']) {
      expect(text).not.toContain(slug);
    }
  });

  it('should print times in the export zone and say which zone, with the generation time in UTC too', () => {
    expect(text).toContain('Times below are in Europe/Paris');
    expect(text).toContain('Generated Fri 18 Dec 2026, 09:05 (Europe/Paris) (2026-12-18 08:05 UTC)');
    expect(text).toContain('Thu 17 Dec 2026, 17:45');
    expect(text).toContain('Mon 14 Dec 2026, 10:00');
  });

  it("should print the team's name, the rubric's anchors and every unicode name", () => {
    expect(text).toContain('Équipe Nord — Hiring');
    expect(text).toContain('Coding fluency anchor at level 3: observable behaviour described in the rubric.');
    // Vietnamese prints right but its text layer reads 'ị' as 'i' (the font composes it from two glyphs).
    for (const name of ['Zoë Łukasiewicz-Øvergård', 'Дмитрий Ковалёв', 'Ελένη Παπαδοπούλου', 'Nguyễn', 'Bjørn Ødegård']) {
      expect(text.replace(/\s+/g, ' ')).toContain(name);
    }
  });

  it('should split the rating matrix so seven scorecards fit, and print every page number', () => {
    expect(text).toContain('Interviewers 1–4 of 7');
    expect(text).toContain('Interviewers 5–7 of 7');
    const pages = Number(/\/Type \/Pages[\s\S]*?\/Count (\d+)/.exec(pdf.toString('latin1'))?.[1]);
    expect(pages).toBeGreaterThan(1);
    expect(text).toContain(`page ${pages} of ${pages}`);
  });

  it('should say so when nothing is submitted or decided yet', async () => {
    const data = reviewExportFixture();
    const empty = await textOf(
      await renderDebriefPacket({
        ...data,
        questionRatings: [],
        review: { ...data.review, ratings: [], recommendations: [], decisions: [], pending: [], competencies: [], disagreements: [] },
      }),
    );

    expect(empty).toContain('No decision recorded yet.');
    expect(empty).toContain('No submitted scorecards yet.');
    expect(empty).toContain('No recommendations yet.');
    expect(empty).not.toContain('Question ratings');
  }, 60_000);
});
