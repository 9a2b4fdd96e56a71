import { searchTerms } from '@api-bench/guide-generator';
import type { ScaleDataset } from '@api-bench/scale';

/** What the load operations need from the generated data (see ../scale). */
export type LoadFixture = {
  teamId: string;
  coordinator: { email: string; password: string };
  interviewerPassword: string;
  searchTerms: string[];
  /** Interviewers whose home page is loaded. */
  homeInterviewers: string[];
  /** Open sessions: a panelist, and the plan's question ids for note autosaves. */
  roomSessions: { sessionId: string; email: string; sessionQuestionIds: string[] }[];
  /** Completed sessions whose panelist has not submitted yet. */
  pendingScorecards: { sessionId: string; email: string }[];
  reviewCandidateIds: string[];
  slotPanel: { interviewerIds: string[]; from: Date; to: Date };
  /** Small and large cases of the same request: their statement counts must be equal. */
  listSizeProbes: {
    home: [string, string];
    room: [{ sessionId: string; email: string }, { sessionId: string; email: string }];
    review: [string, string];
  };
};

const SEARCH_TERMS = 32;

export function toLoadFixture(dataset: ScaleDataset, seed: number): LoadFixture {
  const { listSizeProbes: probes } = dataset;
  const roomProbe = (session: ScaleDataset['roomSessions'][number]) => ({ sessionId: session.sessionId, email: session.panel[0].email });

  return {
    teamId: dataset.teamId,
    coordinator: { email: dataset.coordinator.email, password: dataset.coordinator.password },
    interviewerPassword: dataset.interviewerPassword,
    searchTerms: searchTerms(seed, SEARCH_TERMS),
    homeInterviewers: dataset.homeInterviewers.map((interviewer) => interviewer.email),
    roomSessions: dataset.roomSessions.map((session) => ({
      ...roomProbe(session),
      sessionQuestionIds: session.questions.map((question) => question.sessionQuestionId),
    })),
    pendingScorecards: dataset.pendingScorecards.map((pending) => ({ sessionId: pending.sessionId, email: pending.email })),
    reviewCandidateIds: dataset.reviewCandidates.map((candidate) => candidate.candidateId),
    slotPanel: dataset.slotPanel,
    listSizeProbes: {
      home: [probes.home.small.email, probes.home.large.email],
      room: [roomProbe(probes.room.small), roomProbe(probes.room.large)],
      review: [probes.review.small.candidateId, probes.review.large.candidateId],
    },
  };
}
