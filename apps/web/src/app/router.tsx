import { createBrowserRouter } from 'react-router';

import { InvitePage } from '@web/pages/invite/InvitePage';
import { HomePage } from '@web/pages/home/HomePage';
import { LoginPage } from '@web/pages/login/LoginPage';
import { NotFoundPage } from '@web/pages/not-found/NotFoundPage';
import { TeamPage } from '@web/pages/team/TeamPage';

import { SignedInShell } from './SignedInShell';

export function createRouter() {
  return createBrowserRouter([
    { path: '/login', element: <LoginPage /> },
    { path: '/invite/:token', element: <InvitePage /> },
    {
      element: <SignedInShell />,
      children: [
        { index: true, element: <HomePage /> },
        { path: 'team', element: <TeamPage /> },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
