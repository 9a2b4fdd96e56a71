/** 1-based, inclusive line range in the source guide. */
export type LineRange = { start: number; end: number };

/** Something the parser could not fully understand, with the source line it concerns. */
export type GuideWarning = { line: number; message: string };

/**
 * One labelled field of a model answer, e.g. `**Pitfalls:**` with a list.
 * Text values are inline Markdown as written (soft line breaks collapsed to
 * spaces); several blocks (paragraph, code fence) are joined by a blank line.
 * `label` is `''` for an unlabelled bullet inside a list of labelled ones.
 */
export type AnswerField = {
  label: string;
  text?: string;
  /** Plain sub-items (the nested list has no labels and no deeper nesting). */
  items?: string[];
  /** Labelled (or mixed) sub-items, nesting kept. */
  children?: AnswerField[];
  /** Present (true) when the nested list was numbered. */
  ordered?: boolean;
};

/** A named part of an answer that is split by concept, e.g. "Batch Normalization". */
export type AnswerPart = { title: string; fields: AnswerField[] };

/** The model answer of a question. */
export type ParsedAnswer = {
  /** Text written inline after the Answer / Example Answer marker, or prose around the fields. */
  summary: string | null;
  fields: AnswerField[];
  parts: AnswerPart[];
};

/** Normalised kind of a question: the known kinds, or a slug of the guide's own heading. */
export type KindKey =
  | 'technical'
  | 'behavioral'
  | 'situational'
  | 'problem-solving'
  | 'general'
  | (string & {});

/** One interview question with its model answer and follow-up points. */
export type ParsedQuestion = {
  /** The nearest kind heading exactly as written; null when there is none. */
  kind: string | null;
  /** Normalised kind; `'general'` when the guide has no kind heading for it. */
  kindKey: KindKey;
  /** The number as written (`Question N`, `QN`, `N.`, list item number); null if unnumbered. */
  number: number | null;
  /** The question text without numbering and wrapping bold markers (inline Markdown). */
  prompt: string;
  /** Material shown with the prompt before the answer, e.g. a code snippet the question refers to. */
  context: string | null;
  answer: ParsedAnswer;
  /** Follow-up points of every follow-up list of the question, in document order. */
  followUps: string[];
  /**
   * Model responses to the follow-ups (Interviewer/Response pairs, nested answers),
   * index-aligned with `followUps`; only present when at least one follow-up has one.
   */
  followUpResponses?: (string | null)[];
  lines: LineRange;
};

/** One entry of a role-profile section, e.g. a certification and its notes. */
export type ProfileItem = { label: string; details: string[] };

/** A non-question section of the guide (certifications, education, considerations, conclusion...). */
export type ProfileSection = {
  title: string;
  /** Whether the section stands before or after the questions in the guide. */
  position: 'before-questions' | 'after-questions';
  items: ProfileItem[];
  /** Paragraphs and other prose of the section. */
  notes: string[];
};

/** The structured role profile: every non-question section with content. */
export type RoleProfile = { sections: ProfileSection[] };

/**
 * Guide metadata: frontmatter values with fallbacks from the document
 * (title from the first heading or the file name, description from the intro).
 */
export type GuideFrontmatter = {
  title: string;
  description: string | null;
  category: string | null;
  vertical: string | null;
  tags: string[];
  author: string | null;
  /** `pubDate` (or an alias); `YYYY-MM-DD` when it is a plain date, otherwise as written. */
  publishedOn: string | null;
  /** `modDate` (or an alias); same format as `publishedOn`. */
  modifiedOn: string | null;
  /** Every frontmatter key that is not one of the fields above, as parsed by YAML. */
  extra: Record<string, unknown>;
};

/** The typed result of parsing one interview guide. */
export type ParsedGuide = {
  title: string;
  slug: string;
  frontmatter: GuideFrontmatter;
  profile: RoleProfile;
  questions: ParsedQuestion[];
  warnings: GuideWarning[];
  /** sha256 (hex) of the normalised text, see {@link contentHash}. */
  contentHash: string;
};

/** Options of {@link parseGuide}. */
export type ParseGuideOptions = {
  /** File name or path of the guide; used for the slug and as a title of last resort. */
  fileName?: string;
};
