import { Suspense } from 'react';
import { AppShell, Burger, Group } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';

import type { Viewer } from '@web/modules/auth/hooks/useViewer';
import { lazyNamed } from '@web/modules/shared/utils/lazyNamed';

import { MainNav } from './MainNav';
import { NoTeamNotice } from './NoTeamNotice';
import { PageOutlet } from './PageOutlet';
import { ProductMark } from './ProductMark';

// The header's menus and popovers bring Mantine's floating layer (Menu,
// Combobox, Popover, floating-ui): a chunk of their own, fetched alongside the
// page rather than before it, so the page does not wait for them.
const HeaderActions = lazyNamed(
  () => import('./HeaderActions'),
  'HeaderActions',
);

/** Starts fetching the shell's lazy parts. */
export const preloadAppLayout = HeaderActions.preload;

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
          {/* Right-aligned: nothing else moves when they appear. */}
          <Suspense fallback={null}>
            <HeaderActions viewer={viewer} />
          </Suspense>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label="Main navigation">
        <MainNav role={viewer.role} onNavigate={closeNav} />
      </AppShell.Navbar>
      <AppShell.Main id="main-content" tabIndex={-1}>
        {viewer.currentTeam ? <PageOutlet /> : <NoTeamNotice />}
      </AppShell.Main>
    </AppShell>
  );
}
