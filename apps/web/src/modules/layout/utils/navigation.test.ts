import { describe, expect, it } from 'vitest';

import {
  isNavItemActive,
  NAV_ITEMS,
  type NavItem,
  navItemsForRole,
  rolesForPath,
} from './navigation';

describe(navItemsForRole.name, () => {
  // Exact lists would break with every new area: check the role rules instead.
  it('should list Home first and the coordinator areas when the role is coordinator', () => {
    const labels = navItemsForRole('COORDINATOR').map((item) => item.label);

    expect(labels[0]).toBe('Home');
    expect(labels).toEqual(
      expect.arrayContaining(['Question bank', 'Import guides', 'Team']),
    );
  });

  it('should hide Team and Import guides when the role is interviewer', () => {
    const labels = navItemsForRole('INTERVIEWER').map((item) => item.label);

    expect(labels).toEqual(expect.arrayContaining(['Home', 'Question bank']));
    expect(labels).not.toContain('Team');
    expect(labels).not.toContain('Import guides');
  });

  it('should show kits and candidates to everyone and rubrics to coordinators only', () => {
    const interviewer = navItemsForRole('INTERVIEWER').map(
      (item) => item.label,
    );
    const coordinator = navItemsForRole('COORDINATOR').map(
      (item) => item.label,
    );

    expect(interviewer).toEqual(
      expect.arrayContaining(['Interview kits', 'Candidates']),
    );
    expect(interviewer).not.toContain('Rubrics');
    expect(coordinator).toEqual(
      expect.arrayContaining(['Interview kits', 'Rubrics', 'Candidates']),
    );
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
  const byLabel = (label: string) =>
    NAV_ITEMS.find((item) => item.label === label) as NavItem;
  const home = byLabel('Home');
  const team = byLabel('Team');

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
    expect(rolesForPath('/import-guides')).toEqual(['COORDINATOR']);
  });
});
