/** Why a guide could not be parsed at all. */
export type GuideParseErrorCode =
  'INVALID_FRONTMATTER' | 'NO_QUESTIONS' | 'TOO_LARGE' | 'NOT_MARKDOWN';

/**
 * Thrown by `parseGuide` for unusable input. Everything the parser can
 * work around is reported as a warning instead.
 */
export class GuideParseError extends Error {
  override readonly name = 'GuideParseError';
  /** The reason without the line prefix. */
  readonly reason: string;

  constructor(
    readonly code: GuideParseErrorCode,
    /** 1-based line the problem was found at. */
    readonly line: number,
    reason: string,
  ) {
    super(`Line ${line}: ${reason}`);
    this.reason = reason;
  }
}
