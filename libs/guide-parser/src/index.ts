export { exportGuide } from './lib/export-guide';
export {
  GuideParseError,
  type GuideParseErrorCode,
} from './lib/guide-parse-error';
export { parseGuide } from './lib/parse-guide';
export { kindKeyOf, kindNameOf } from './lib/vocabulary';
export { contentHash, MAX_GUIDE_BYTES } from './lib/text-input';
export type {
  AnswerField,
  AnswerPart,
  GuideFrontmatter,
  GuideWarning,
  KindKey,
  LineRange,
  ParsedAnswer,
  ParsedGuide,
  ParsedQuestion,
  ParseGuideOptions,
  ProfileItem,
  ProfileSection,
  RoleProfile,
} from './lib/types';
