import {
  createBrowserRouter,
  matchRoutes,
  type RouteObject,
} from 'react-router';

import {
  lazyNamed,
  preloadComponents,
} from '@web/modules/shared/utils/lazyNamed';

import { RouteError } from './RouteError';
import { SignedInShell } from './SignedInShell';

// Each page is a chunk of its own: a visitor fetches the shell and the page
// they open, not the whole app.
const AccountPage = lazyNamed(
  () => import('@web/pages/account/AccountPage'),
  'AccountPage',
);
const AnalyticsPage = lazyNamed(
  () => import('@web/pages/analytics/AnalyticsPage'),
  'AnalyticsPage',
);
const AuditLogPage = lazyNamed(
  () => import('@web/pages/audit/AuditLogPage'),
  'AuditLogPage',
);
const AvailabilityPage = lazyNamed(
  () => import('@web/pages/availability/AvailabilityPage'),
  'AvailabilityPage',
);
const CandidateReviewPage = lazyNamed(
  () => import('@web/pages/candidate-review/CandidateReviewPage'),
  'CandidateReviewPage',
);
const CandidatePage = lazyNamed(
  () => import('@web/pages/candidates/CandidatePage'),
  'CandidatePage',
);
const CandidatesPage = lazyNamed(
  () => import('@web/pages/candidates/CandidatesPage'),
  'CandidatesPage',
);
const NewCandidatePage = lazyNamed(
  () => import('@web/pages/candidates/NewCandidatePage'),
  'NewCandidatePage',
);
const ForgotPasswordPage = lazyNamed(
  () => import('@web/pages/forgot-password/ForgotPasswordPage'),
  'ForgotPasswordPage',
);
const GuidePage = lazyNamed(
  () => import('@web/pages/guide/GuidePage'),
  'GuidePage',
);
const GuidesPage = lazyNamed(
  () => import('@web/pages/guides/GuidesPage'),
  'GuidesPage',
);
const HomePage = lazyNamed(
  () => import('@web/pages/home/HomePage'),
  'HomePage',
);
const ImportGuidesPage = lazyNamed(
  () => import('@web/pages/import-guides/ImportGuidesPage'),
  'ImportGuidesPage',
);
const InterviewRoomPage = lazyNamed(
  () => import('@web/pages/interview-room/InterviewRoomPage'),
  'InterviewRoomPage',
);
const InvitePage = lazyNamed(
  () => import('@web/pages/invite/InvitePage'),
  'InvitePage',
);
const KitPage = lazyNamed(() => import('@web/pages/kits/KitPage'), 'KitPage');
const KitsPage = lazyNamed(
  () => import('@web/pages/kits/KitsPage'),
  'KitsPage',
);
const NewKitPage = lazyNamed(
  () => import('@web/pages/kits/NewKitPage'),
  'NewKitPage',
);
const LoginPage = lazyNamed(
  () => import('@web/pages/login/LoginPage'),
  'LoginPage',
);
const NotFoundPage = lazyNamed(
  () => import('@web/pages/not-found/NotFoundPage'),
  'NotFoundPage',
);
const QuestionPage = lazyNamed(
  () => import('@web/pages/question/QuestionPage'),
  'QuestionPage',
);
const QuestionBankPage = lazyNamed(
  () => import('@web/pages/questions/QuestionBankPage'),
  'QuestionBankPage',
);
const NewRubricPage = lazyNamed(
  () => import('@web/pages/rubrics/NewRubricPage'),
  'NewRubricPage',
);
const RubricPage = lazyNamed(
  () => import('@web/pages/rubrics/RubricPage'),
  'RubricPage',
);
const BookingPage = lazyNamed(() => import('@web/pages/book/BookingPage'), 'BookingPage');
const ResetPasswordPage = lazyNamed(
  () => import('@web/pages/reset-password/ResetPasswordPage'),
  'ResetPasswordPage',
);
const RubricsPage = lazyNamed(
  () => import('@web/pages/rubrics/RubricsPage'),
  'RubricsPage',
);
const NewSessionPage = lazyNamed(
  () => import('@web/pages/schedule/NewSessionPage'),
  'NewSessionPage',
);
const SchedulePage = lazyNamed(
  () => import('@web/pages/schedule/SchedulePage'),
  'SchedulePage',
);
const ScorecardPage = lazyNamed(
  () => import('@web/pages/scorecard/ScorecardPage'),
  'ScorecardPage',
);
const SetupPage = lazyNamed(
  () => import('@web/pages/setup/SetupPage'),
  'SetupPage',
);
const SessionPage = lazyNamed(
  () => import('@web/pages/session/SessionPage'),
  'SessionPage',
);
const TeamPage = lazyNamed(
  () => import('@web/pages/team/TeamPage'),
  'TeamPage',
);
const TimelinessPage = lazyNamed(
  () => import('@web/pages/timeliness/TimelinessPage'),
  'TimelinessPage',
);

const signedInPages: RouteObject[] = [
  { index: true, Component: HomePage },
  { path: 'questions', Component: QuestionBankPage },
  { path: 'questions/:questionId', Component: QuestionPage },
  { path: 'guides', Component: GuidesPage },
  { path: 'guides/:guideId', Component: GuidePage },
  { path: 'import-guides', Component: ImportGuidesPage },
  { path: 'team', Component: TeamPage },
  { path: 'kits', Component: KitsPage },
  { path: 'kits/new', Component: NewKitPage },
  { path: 'kits/:kitId', Component: KitPage },
  { path: 'rubrics', Component: RubricsPage },
  { path: 'rubrics/new', Component: NewRubricPage },
  { path: 'rubrics/:rubricId', Component: RubricPage },
  { path: 'candidates', Component: CandidatesPage },
  { path: 'candidates/new', Component: NewCandidatePage },
  { path: 'candidates/:candidateId', Component: CandidatePage },
  {
    path: 'candidates/:candidateId/review',
    Component: CandidateReviewPage,
  },
  { path: 'schedule', Component: SchedulePage },
  { path: 'schedule/new', Component: NewSessionPage },
  { path: 'sessions/:sessionId', Component: SessionPage },
  { path: 'sessions/:sessionId/room', Component: InterviewRoomPage },
  {
    path: 'sessions/:sessionId/scorecard',
    Component: ScorecardPage,
  },
  { path: 'availability', Component: AvailabilityPage },
  { path: 'analytics', Component: AnalyticsPage },
  { path: 'timeliness', Component: TimelinessPage },
  { path: 'audit', Component: AuditLogPage },
  { path: 'account', Component: AccountPage },
  { path: '*', Component: NotFoundPage },
];

// A page that fails to render (most often: its code could not be fetched)
// shows an error in its place, not a blank screen; inside the shell, the
// header and navigation stay.
export const routes: RouteObject[] = [
  {
    errorElement: <RouteError />,
    children: [
      { path: '/login', Component: LoginPage },
      { path: '/invite/:token', Component: InvitePage },
      { path: '/setup', Component: SetupPage },
      { path: '/forgot-password', Component: ForgotPasswordPage },
      { path: '/reset-password/:token', Component: ResetPasswordPage },
      { path: '/book/:token', Component: BookingPage },
      {
        Component: SignedInShell,
        children: [{ errorElement: <RouteError />, children: signedInPages }],
      },
    ],
  },
];

export function createRouter() {
  // Fetch the opened page's code (and the shell's lazy parts) now, alongside
  // the viewer query, rather than once the shell has rendered. Matched against
  // these routes: the router's own copies no longer hold `Component`.
  const opened = matchRoutes(routes, window.location) ?? [];
  preloadComponents(opened.map(({ route }) => route.Component));

  return createBrowserRouter(routes);
}
