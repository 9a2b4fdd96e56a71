import { BadRequestException, ParseUUIDPipe } from '@nestjs/common';

/** What a person reads when a link's id is cut short or mistyped (Nest's own: "Validation failed (uuid is expected)"). */
export const LINK_ID_MESSAGE = 'This link is not complete. Copy the whole address, or open it again from Panelwise.';

/** The record id of a plain HTTP link (exports, calendar files): a UUID, or 400 with a message written for people. */
export function linkIdPipe(): ParseUUIDPipe {
  return new ParseUUIDPipe({ exceptionFactory: () => new BadRequestException(LINK_ID_MESSAGE) });
}
