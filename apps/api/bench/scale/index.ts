export { generateScaleDataset } from './generate-scale-dataset';
export type {
  HomeProbe,
  PendingScorecard,
  PhaseTiming,
  ReviewCandidate,
  RoomQuestion,
  RoomSession,
  ScaleDataset,
  ScaleOptions,
  ScalePanelist,
  ScaleRubric,
  ScaleUser,
} from './scale-dataset';
export { type IntegrityCheck, verifyScaleDataset } from './verify-scale';
