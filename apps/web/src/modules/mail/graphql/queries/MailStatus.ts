import { graphql } from '@web/generated';

export const MailStatusQuery = graphql(`
  query MailStatus {
    mailStatus {
      isSmtpConfigured
      transport
      from
      queued
      failed
      held
    }
  }
`);
