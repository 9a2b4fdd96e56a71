import { describe, expect, it } from 'vitest';

import {
  isNavItemActive,
  NAV_ITEMS,
  type NavItem,
  navItemsForRole,
  rolesForPath,
} from './navigation';

describe(navItemsForRole.name, () => {
  it('should list Home and Team when the role is coordinator', () => {
    expect(navItemsForRole('COORDINATOR').map((item) => item.label)).toEqual([
      'Home',
      'Team',
    ]);
  });

  it('should hide Team when the role is interviewer', () => {
    expect(navItemsForRole('INTERVIEWER').map((item) => item.label)).toEqual([
      'Home',
    ]);
  });

  it('should list nothing when there is no current team role', () => {
    expect(navItemsForRole(null)).toEqual([]);
  });

  it('should keep the order of the array when filtering a longer list', () => {
    const items: NavItem[] = [
      {
        label: 'Question bank',
        to: '/questions',
        roles: ['COORDINATOR', 'INTERVIEWER'],
      },
      { label: 'Reviews', to: '/reviews', roles: ['COORDINATOR'] },
      { label: 'My interviews', to: '/interviews', roles: ['INTERVIEWER'] },
    ];

    expect(
      navItemsForRole('INTERVIEWER', items).map((item) => item.label),
    ).toEqual(['Question bank', 'My interviews']);
  });
});

describe(isNavItemActive.name, () => {
  const [home, team] = NAV_ITEMS as [NavItem, NavItem];

  it('should match Home only on the exact root path', () => {
    expect(isNavItemActive(home, '/')).toBe(true);
    expect(isNavItemActive(home, '/team')).toBe(false);
  });

  it('should match an area on its nested paths', () => {
    expect(isNavItemActive(team, '/team/invites')).toBe(true);
    expect(isNavItemActive(team, '/teams')).toBe(false);
  });
});

describe(rolesForPath.name, () => {
  it('should give the page the same roles as its nav item', () => {
    expect(rolesForPath('/team')).toEqual(['COORDINATOR']);
  });
});
