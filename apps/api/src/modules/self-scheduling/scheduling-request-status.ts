import { registerEnumType } from '@nestjs/graphql';

/** Where a scheduling request stands, as its coordinator sees it; derived, never stored. */
export enum SchedulingRequestStatus {
  SENT = 'SENT',
  OPENED = 'OPENED',
  BOOKED = 'BOOKED',
  CANCELLED = 'CANCELLED',
  EXPIRED = 'EXPIRED',
  REVOKED = 'REVOKED',
}

registerEnumType(SchedulingRequestStatus, {
  name: 'SchedulingRequestStatus',
  description: 'Where a candidate scheduling link stands.',
  valuesMap: {
    SENT: {
      description: 'Emailed; the candidate has not opened the link yet.',
    },
    OPENED: {
      description: 'The candidate opened the link and has not booked yet.',
    },
    BOOKED: {
      description:
        'The candidate booked a session; the link now shows it, with reschedule and cancel.',
    },
    CANCELLED: {
      description:
        'The booked session was cancelled (by the candidate or the team).',
    },
    EXPIRED: { description: 'The link passed its expiry without a booking.' },
    REVOKED: {
      description:
        'A coordinator revoked the link, or the candidate was deleted on request.',
    },
  },
});

export type RequestState = {
  revokedAt: Date | null;
  expiresAt: Date;
  openedAt: Date | null;
  sessionStatus: string | null;
};

export function requestStatus(
  request: RequestState,
  now: Date,
): SchedulingRequestStatus {
  if (request.revokedAt) {
    return SchedulingRequestStatus.REVOKED;
  }
  if (request.sessionStatus) {
    return request.sessionStatus === 'CANCELLED'
      ? SchedulingRequestStatus.CANCELLED
      : SchedulingRequestStatus.BOOKED;
  }
  if (request.expiresAt <= now) {
    return SchedulingRequestStatus.EXPIRED;
  }

  return request.openedAt
    ? SchedulingRequestStatus.OPENED
    : SchedulingRequestStatus.SENT;
}
