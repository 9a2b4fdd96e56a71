import type { TeamRole } from '@web/generated/graphql';

export type NavItem = {
  label: string;
  to: string;
  /** Team roles that see the item; the page itself enforces the same rule. */
  roles: readonly TeamRole[];
  /** Active only on an exact path match (for "/"). */
  isExact?: boolean;
};

const EVERYONE: readonly TeamRole[] = ['COORDINATOR', 'INTERVIEWER'];
const COORDINATORS: readonly TeamRole[] = ['COORDINATOR'];

// One line per area of the app, in display order. Add an area only once its
// page exists (Question bank, Kits, Schedule, My interviews, Reviews, Analytics).
export const NAV_ITEMS: readonly NavItem[] = [
  { label: 'Home', to: '/', roles: EVERYONE, isExact: true },
  { label: 'Question bank', to: '/questions', roles: EVERYONE },
  { label: 'Guides', to: '/guides', roles: EVERYONE },
  { label: 'Import guides', to: '/import-guides', roles: COORDINATORS },
  { label: 'Interview kits', to: '/kits', roles: EVERYONE },
  { label: 'Rubrics', to: '/rubrics', roles: COORDINATORS },
  { label: 'Candidates', to: '/candidates', roles: EVERYONE },
  { label: 'Schedule', to: '/schedule', roles: EVERYONE },
  { label: 'My availability', to: '/availability', roles: EVERYONE },
  { label: 'Analytics', to: '/analytics', roles: COORDINATORS },
  { label: 'Timeliness', to: '/timeliness', roles: COORDINATORS },
  { label: 'Audit log', to: '/audit', roles: COORDINATORS },
  { label: 'Team', to: '/team', roles: COORDINATORS },
];

export function navItemsForRole(
  role: TeamRole | null,
  items: readonly NavItem[] = NAV_ITEMS,
): NavItem[] {
  if (!role) {
    return [];
  }

  return items.filter((item) => item.roles.includes(role));
}

export function isNavItemActive(item: NavItem, pathname: string): boolean {
  if (item.isExact) {
    return pathname === item.to;
  }

  return pathname === item.to || pathname.startsWith(`${item.to}/`);
}

/** The roles allowed on a path, from the nav item that owns it. */
export function rolesForPath(to: string): readonly TeamRole[] {
  return NAV_ITEMS.find((item) => item.to === to)?.roles ?? EVERYONE;
}
