import { AppConfig } from '@api/core/config/app-config';

import { createMailTransport, smtpStageOf } from './mail-transport';

describe(createMailTransport.name, () => {
  it('should describe the transport without its password', () => {
    const sut = createMailTransport(AppConfig.fromEnv({ SMTP_URL: 'smtp://mailer:hunter2-secret@mail.example.com:2525' }));

    expect(sut.transporter).not.toBeNull();
    expect(sut.description).toBe('smtp://mailer:***@mail.example.com:2525');
    expect(sut.description).not.toContain('hunter2');
  });

  it('should say mail stays in the outbox when no SMTP server is configured', () => {
    const sut = createMailTransport(AppConfig.fromEnv({}));

    expect(sut).toEqual({ transporter: null, description: 'outbox only (no SMTP configured)' });
  });

  it('should name split settings with their user but not their password', () => {
    const sut = createMailTransport(AppConfig.fromEnv({ SMTP_HOST: 'mail.example.com', SMTP_USER: 'mailer', SMTP_PASSWORD: 'hunter2' }));

    expect(sut.description).toBe('smtp://mailer@mail.example.com:587');
  });
});

describe(smtpStageOf.name, () => {
  it.each([
    [{ code: 'ECONNECTION' }, 'CONN'],
    [{ code: 'ETIMEDOUT' }, 'CONN'],
    [{ code: 'EAUTH', command: 'AUTH PLAIN' }, 'AUTH PLAIN'],
    [{ code: 'EENVELOPE', command: 'RCPT TO:<x@y>' }, 'RCPT TO'],
    [{ code: 'EMESSAGE', command: 'DATA' }, 'DATA'],
    [new Error('boom'), 'SEND'],
  ])('should name the stage of %j as %s', (error, stage) => {
    expect(smtpStageOf(error)).toBe(stage);
  });
});
