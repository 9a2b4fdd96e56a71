import { NavLink, Stack } from '@mantine/core';
import { Link, useLocation } from 'react-router';

import type { TeamRole } from '@web/generated/graphql';
import {
  isNavItemActive,
  navItemsForRole,
} from '@web/modules/layout/utils/navigation';

export type MainNavProps = {
  role: TeamRole | null;
  onNavigate?: () => void;
};

export function MainNav({ role, onNavigate }: MainNavProps) {
  const { pathname } = useLocation();
  const items = navItemsForRole(role);

  return (
    <Stack
      gap={4}
      component="ul"
      style={{ listStyle: 'none', padding: 0, margin: 0 }}
    >
      {items.map((item) => {
        const isActive = isNavItemActive(item, pathname);

        return (
          <li key={item.to}>
            <NavLink
              component={Link}
              to={item.to}
              label={item.label}
              active={isActive}
              aria-current={isActive ? 'page' : undefined}
              onClick={onNavigate}
              variant="light"
            />
          </li>
        );
      })}
    </Stack>
  );
}
