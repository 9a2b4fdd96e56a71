import { auditDetailKeyLabel } from './auditLabels';

export type AuditDetail = { key: string; value: string };

// Long values (a reason, a list of ids) are cut so that a row stays one glance.
const MAX_VALUE_LENGTH = 160;

function truncate(text: string): string {
  return text.length > MAX_VALUE_LENGTH
    ? `${text.slice(0, MAX_VALUE_LENGTH - 1)}…`
    : text;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HASH = /^[0-9a-f]{32,}$/i;

function formatValue(value: unknown): string {
  if (value === null || value === undefined) {
    return 'none';
  }
  if (typeof value === 'string') {
    // Ids and content hashes tell records apart; their first characters are enough.
    if (UUID.test(value) || HASH.test(value)) {
      return `${value.slice(0, 8)}…`;
    }

    return value === '' ? '""' : value;
  }
  if (typeof value === 'number' || typeof value === 'boolean') {
    return String(value);
  }
  if (Array.isArray(value)) {
    return value.length === 0 ? '[]' : value.map(formatValue).join(', ');
  }

  return JSON.stringify(value);
}

/**
 * The event's details as key/value pairs, in the stored order. Anything that
 * is not a JSON object is shown whole under "details".
 */
export function parseAuditDetails(details: string): AuditDetail[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(details);
  } catch {
    return details.trim() ? [{ key: 'details', value: truncate(details) }] : [];
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return parsed === null
      ? []
      : [{ key: 'details', value: truncate(formatValue(parsed)) }];
  }

  return Object.entries(parsed).map(([key, value]) => ({
    key,
    value: truncate(formatValue(value)),
  }));
}

/** "from: INTERVIEWER · file name: guide.md", or an empty string. */
export function formatAuditDetails(details: string): string {
  return parseAuditDetails(details)
    .map((detail) => `${auditDetailKeyLabel(detail.key)}: ${detail.value}`)
    .join(' · ');
}
