import { graphql } from '@web/generated';

export const SetupStatusQuery = graphql(`
  query SetupStatus {
    setupStatus {
      needsSetup
    }
  }
`);
