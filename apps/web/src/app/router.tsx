import { createBrowserRouter } from 'react-router';

import { CandidateReviewPage } from '@web/pages/candidate-review/CandidateReviewPage';
import { AnalyticsPage } from '@web/pages/analytics/AnalyticsPage';
import { AuditLogPage } from '@web/pages/audit/AuditLogPage';
import { CandidatePage } from '@web/pages/candidates/CandidatePage';
import { CandidatesPage } from '@web/pages/candidates/CandidatesPage';
import { NewCandidatePage } from '@web/pages/candidates/NewCandidatePage';
import { InvitePage } from '@web/pages/invite/InvitePage';
import { KitPage } from '@web/pages/kits/KitPage';
import { KitsPage } from '@web/pages/kits/KitsPage';
import { NewKitPage } from '@web/pages/kits/NewKitPage';
import { GuidePage } from '@web/pages/guide/GuidePage';
import { GuidesPage } from '@web/pages/guides/GuidesPage';
import { HomePage } from '@web/pages/home/HomePage';
import { ImportGuidesPage } from '@web/pages/import-guides/ImportGuidesPage';
import { InterviewRoomPage } from '@web/pages/interview-room/InterviewRoomPage';
import { LoginPage } from '@web/pages/login/LoginPage';
import { NotFoundPage } from '@web/pages/not-found/NotFoundPage';
import { QuestionPage } from '@web/pages/question/QuestionPage';
import { QuestionBankPage } from '@web/pages/questions/QuestionBankPage';
import { NewRubricPage } from '@web/pages/rubrics/NewRubricPage';
import { RubricPage } from '@web/pages/rubrics/RubricPage';
import { RubricsPage } from '@web/pages/rubrics/RubricsPage';
import { AvailabilityPage } from '@web/pages/availability/AvailabilityPage';
import { NewSessionPage } from '@web/pages/schedule/NewSessionPage';
import { SchedulePage } from '@web/pages/schedule/SchedulePage';
import { ScorecardPage } from '@web/pages/scorecard/ScorecardPage';
import { SessionPage } from '@web/pages/session/SessionPage';
import { TeamPage } from '@web/pages/team/TeamPage';
import { TimelinessPage } from '@web/pages/timeliness/TimelinessPage';

import { SignedInShell } from './SignedInShell';

export function createRouter() {
  return createBrowserRouter([
    { path: '/login', element: <LoginPage /> },
    { path: '/invite/:token', element: <InvitePage /> },
    {
      element: <SignedInShell />,
      children: [
        { index: true, element: <HomePage /> },
        { path: 'questions', element: <QuestionBankPage /> },
        { path: 'questions/:questionId', element: <QuestionPage /> },
        { path: 'guides', element: <GuidesPage /> },
        { path: 'guides/:guideId', element: <GuidePage /> },
        { path: 'import-guides', element: <ImportGuidesPage /> },
        { path: 'team', element: <TeamPage /> },
        { path: 'kits', element: <KitsPage /> },
        { path: 'kits/new', element: <NewKitPage /> },
        { path: 'kits/:kitId', element: <KitPage /> },
        { path: 'rubrics', element: <RubricsPage /> },
        { path: 'rubrics/new', element: <NewRubricPage /> },
        { path: 'rubrics/:rubricId', element: <RubricPage /> },
        { path: 'candidates', element: <CandidatesPage /> },
        { path: 'candidates/new', element: <NewCandidatePage /> },
        { path: 'candidates/:candidateId', element: <CandidatePage /> },
        {
          path: 'candidates/:candidateId/review',
          element: <CandidateReviewPage />,
        },
        { path: 'schedule', element: <SchedulePage /> },
        { path: 'schedule/new', element: <NewSessionPage /> },
        { path: 'sessions/:sessionId', element: <SessionPage /> },
        { path: 'sessions/:sessionId/room', element: <InterviewRoomPage /> },
        {
          path: 'sessions/:sessionId/scorecard',
          element: <ScorecardPage />,
        },
        { path: 'availability', element: <AvailabilityPage /> },
        { path: 'analytics', element: <AnalyticsPage /> },
        { path: 'timeliness', element: <TimelinessPage /> },
        { path: 'audit', element: <AuditLogPage /> },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
