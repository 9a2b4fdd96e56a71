// The words guides of this family use for their structure. Everything is
// matched on plain text (markup removed), case-insensitively.

const KNOWN_FIELD_LABELS = new Set(
  [
    'description|definition|explanation|overview|summary|context',
    'process|steps|key steps|method|methodology|how it works',
    'example|examples|real-world example|real world example|code example|sample code|code',
    'use case|use cases|when to use',
    'best practices|best practice|tips|recommendations',
    'pitfalls|common pitfalls|pitfalls to avoid|common mistakes|mistakes to avoid',
    'adaptation|adaptations|variations',
    'scenario|situation|task|role|challenge|problem',
    'approach|strategy|action|actions|actions taken|solution',
    'result|results|outcome|outcomes|impact',
    'lessons learned|lesson learned|learning|learnings|reflection',
    'key points|key considerations|considerations|key concepts|why it matters',
    'trade-offs|tradeoffs|advantages|disadvantages|benefits|drawbacks|pros|cons',
    'tools|metrics|implementation',
  ].flatMap((group) => group.split('|')),
);

const ANSWER_MARKER =
  /^(?:(?:model|sample|example|suggested|ideal|expected|possible|good|strong)?\s*answer|a)\s*:?$/i;
const FOLLOW_UP_MARKER =
  /^(?:possible|potential|likely|suggested|sample|common)?\s*follow[\s-]*ups?(?:\s+(?:points?|questions?|prompts?|probes?|discussion))?\s*:?$/i;
const INTERVIEWER_LABEL =
  /^(?:interviewer|follow[\s-]*up(?: question)?|question|q)\s*:?$/i;
const RESPONSE_LABEL =
  /^(?:response|candidate|answer|a|sample response|expected response|model response|suggested response)\s*:?$/i;

const CONTAINER =
  /^(?:(?:common|sample|key|top|typical)\s+)?(?:interview\s+)?questions?(?:\s*(?:and|&)\s*answers?)?$|interview questions\s*(?:and|&)\s*answers?$|^q\s*&\s*a$/i;
// "Questions to Ask the Interviewer" lists the candidate's questions, not interview questions.
const PROFILE_LIKE =
  /certification|education|qualification|overview|consideration|conclusion|\bsummary\b|introduction|background|resources|\btips\b|final thoughts|takeaway|preparation guide|about (?:the|this) (?:role|guide)|further reading|next steps|requirements|responsibilities|role profile|questions? to ask|questions? for (?:the|your) (?:interviewer|employer|hiring manager|team)/i;
const KIND_SUFFIX = /\bquestions\s*:?$/i;
const KNOWN_KINDS: Record<string, string> = {
  technical: 'technical',
  behavioral: 'behavioral',
  behavioural: 'behavioral',
  situational: 'situational',
  situation: 'situational',
  scenario: 'situational',
  'problem-solving': 'problem-solving',
  'problem-solving-and-analytical': 'problem-solving',
  problemsolving: 'problem-solving',
  'problem-solving-scenario': 'problem-solving',
};
const QUESTION_WORDS =
  /^(?:how|what|why|when|where|which|who|whom|whose|can|could|would|should|will|do|does|did|is|are|was|were|have|has|had|describe|explain|tell|walk|give|compare|contrast|discuss|share|talk|imagine|suppose|if|assume|list|name|define|outline|propose|estimate|design|write|implement|build|create|identify|suggest|present|provide|demonstrate|differentiate|distinguish|evaluate|recall|justify|debug|diagnose|sketch)\b/i;

// Labels repeat a lot ("Description", "Pitfalls"), so normalised forms are cached.
const normalised = new Map<string, string>();
const normalise = (text: string): string => {
  let result = normalised.get(text);
  if (result === undefined) {
    result = text
      .replace(/[*_`]/g, '')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/:$/, '')
      .trim()
      .toLowerCase();
    if (normalised.size > 5000) {
      normalised.clear();
    }
    normalised.set(text, result);
  }

  return result;
};

/** Whether `label` is one of the usual model-answer field names (Description, Pitfalls...). */
export const isKnownFieldLabel = (label: string): boolean =>
  KNOWN_FIELD_LABELS.has(normalise(label));

/** `Answer`, `Example Answer`, `Model answer`... */
export const isAnswerMarker = (label: string): boolean =>
  ANSWER_MARKER.test(normalise(label));

/** `Follow-up points`, `Follow-Up`, `Follow-up Point`, `Follow-up questions`... */
export const isFollowUpMarker = (label: string): boolean =>
  FOLLOW_UP_MARKER.test(normalise(label));

/** The question side of an Interviewer/Response pair. */
export const isInterviewerLabel = (label: string): boolean =>
  INTERVIEWER_LABEL.test(normalise(label));

/** The answer side of an Interviewer/Response pair. */
export const isResponseLabel = (label: string): boolean =>
  RESPONSE_LABEL.test(normalise(label));

/** The "Interview Questions and Answers" heading that holds the kinds; not a kind itself. */
export const isContainerHeading = (text: string): boolean =>
  CONTAINER.test(normalise(text));

/** Certifications, education, considerations, conclusion...: never questions or kinds. */
export const isProfileLikeHeading = (text: string): boolean =>
  !text.trim().endsWith('?') && PROFILE_LIKE.test(text);

/** "Technical Questions", "Behavioral", "Problem-solving Questions"... */
export const isKindLikeHeading = (text: string): boolean => {
  const plain = normalise(text);
  if (plain.endsWith('?') || isContainerHeading(plain)) {
    return false;
  }

  return KIND_SUFFIX.test(plain) || kindKeyOf(plain) in KNOWN_KIND_VALUES;
};

/** Whether the text opens like a question or an interview task ("How...", "Describe..."). */
export const startsLikeQuestion = (text: string): boolean =>
  QUESTION_WORDS.test(text.trim());

/** Mentions questions at all (kind, container, "Q&A"). */
export const mentionsQuestions = (text: string): boolean =>
  /question|\bq\s*&\s*a\b/i.test(text);

const KNOWN_KIND_VALUES: Record<string, true> = {
  technical: true,
  behavioral: true,
  situational: true,
  'problem-solving': true,
};

/** Lower-case ASCII slug with dashes; diacritics dropped. */
export const slugify = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** Normalised kind: technical, behavioral, situational, problem-solving, or a slug of the heading. */
export const kindKeyOf = (kind: string | null): string => {
  if (kind === null) {
    return 'general';
  }
  const stripped = normalise(kind)
    .replace(/\b(?:interview|questions?|q\s*&\s*a|based)\b/g, ' ')
    .replace(/\band\s+answers?\b/g, ' ');
  const slug = slugify(stripped).replace(/-(?:and)?$/, '');
  if (slug === '') {
    return 'general';
  }

  return KNOWN_KINDS[slug] ?? slug;
};

const KIND_NAMES: Record<string, string> = {
  general: 'General',
  technical: 'Technical',
  behavioral: 'Behavioral',
  situational: 'Situational',
  'problem-solving': 'Problem-solving',
};
// Words that stay in capitals when a kind key is turned back into words.
const ACRONYMS = new Set([
  'ai',
  'api',
  'aws',
  'ci',
  'cd',
  'css',
  'db',
  'dei',
  'devops',
  'gcp',
  'hr',
  'html',
  'it',
  'ml',
  'nlp',
  'pm',
  'qa',
  'sql',
  'sre',
  'ui',
  'ux',
]);

/**
 * The name a person reads for a kind, from its key alone, so that every
 * heading normalised to one key ("Technical", "Technical Questions",
 * "Technical Interview Questions") shows one name: "Technical",
 * "Problem-solving", "Clinical judgment", "SQL and databases".
 */
export const kindNameOf = (kindKey: string): string => {
  const known = KIND_NAMES[kindKey];
  if (known) {
    return known;
  }
  const words = kindKey
    .split('-')
    .filter((word) => word !== '')
    .map((word) =>
      ACRONYMS.has(word)
        ? word === 'devops'
          ? 'DevOps'
          : word.toUpperCase()
        : word,
    );
  const [first = 'general', ...rest] = words;

  return [first.charAt(0).toUpperCase() + first.slice(1), ...rest].join(' ');
};
