import { passwordProblem } from '@panelwise/shared-util';

import { DEMO_PASSWORD, DEMO_USERS } from './demo-seed';

describe('demo seed', () => {
  it.each(DEMO_USERS.map((demo) => [demo.email]))('should give %s a password the policy accepts', (email) => {
    expect(passwordProblem(DEMO_PASSWORD, email)).toBeNull();
  });
});
