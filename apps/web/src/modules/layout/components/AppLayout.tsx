import { AppShell, Burger, Group } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Outlet } from 'react-router';

import type { Viewer } from '@web/modules/auth/hooks/useViewer';
import { NotificationBell } from '@web/modules/notifications/components/NotificationBell';

import { MainNav } from './MainNav';
import { NoTeamNotice } from './NoTeamNotice';
import { ProductMark } from './ProductMark';
import { TeamSwitcher } from './TeamSwitcher';
import { UserMenu } from './UserMenu';

export type AppLayoutProps = { viewer: Viewer };

export function AppLayout({ viewer }: AppLayoutProps) {
  const [isNavOpen, { toggle: toggleNav, close: closeNav }] =
    useDisclosure(false);

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{
        width: 220,
        breakpoint: 'sm',
        collapsed: { mobile: !isNavOpen },
      }}
      padding="lg"
    >
      <a className="pw-skip-link" href="#main-content">
        Skip to content
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={isNavOpen}
              onClick={toggleNav}
              hiddenFrom="sm"
              size="sm"
              aria-label={isNavOpen ? 'Close navigation' : 'Open navigation'}
            />
            <ProductMark isCompact />
          </Group>
          <Group gap="sm" wrap="nowrap">
            <TeamSwitcher viewer={viewer} />
            {/* Notifications belong to a team: none to show without one. */}
            {viewer.currentTeam ? <NotificationBell /> : null}
            <UserMenu viewer={viewer} />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label="Main navigation">
        <MainNav role={viewer.role} onNavigate={closeNav} />
      </AppShell.Navbar>
      <AppShell.Main id="main-content" tabIndex={-1}>
        {viewer.currentTeam ? <Outlet /> : <NoTeamNotice />}
      </AppShell.Main>
    </AppShell>
  );
}
