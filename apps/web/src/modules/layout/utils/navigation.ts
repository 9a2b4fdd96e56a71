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
