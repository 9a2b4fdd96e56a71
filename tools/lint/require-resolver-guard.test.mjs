import { describe, it } from 'node:test';

import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';

import rule from './require-resolver-guard.mjs';

RuleTester.describe = describe;
RuleTester.it = it;

const ruleTester = new RuleTester({ languageOptions: { parser: tseslint.parser } });

ruleTester.run('require-resolver-guard', rule, {
  valid: [
    'class R { @Public() @Query(() => String) open() {} }',
    'class R { @Roles(TeamRole.COORDINATOR) @Mutation(() => String) admin() {} }',
    '@Authenticated() class R { @Query(() => String) members() {} }',
    'class R { @ResolveField(() => String) name() {} }',
  ],
  invalid: [
    {
      code: 'class R { @Query(() => String) leaky() {} }',
      errors: [{ messageId: 'missing' }],
    },
    {
      code: 'class R { @Mutation(() => String) change() {} }',
      errors: [{ messageId: 'missing' }],
    },
  ],
});
