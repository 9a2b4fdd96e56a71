// What each audited action means, in the words of the person reading the log.
const ACTION_LABELS: Readonly<Record<string, string>> = {
  'candidate.created': 'Added a candidate',
  'candidate.deleted': 'Deleted a candidate’s personal data',
  'candidate.merged': 'Merged duplicate candidates',
  'debrief.decided': 'Recorded a debrief decision',
  'guide.imported': 'Imported a guide',
  'guide.reimported': 'Re-imported a guide',
  'guide.retired': 'Retired a guide',
  'guide.restored': 'Restored a guide',
  'guide.deleted': 'Deleted a guide',
  'invite.accepted': 'Accepted an invitation',
  'invite.created': 'Invited someone',
  'invite.revoked': 'Revoked an invitation',
  'kit.created': 'Created an interview kit',
  'kit.updated': 'Edited an interview kit',
  'question.created': 'Added a question',
  'question.revised': 'Edited a question',
  'member.coordinator_set_by_cli': 'Made a coordinator from the command line',
  'member.role_changed': 'Changed a member’s role',
  'member.deactivated': 'Deactivated a member',
  'rubric.created': 'Created a rubric',
  'rubric.revised': 'Revised a rubric',
  'scorecard.amended': 'Amended a submitted scorecard',
  'scorecard.nudged': 'Nudged an interviewer for a scorecard',
  'scorecard.submitted': 'Submitted a scorecard',
  'session.scheduled': 'Scheduled an interview',
  'session.rescheduled': 'Rescheduled an interview',
  'session.cancelled': 'Cancelled an interview',
  'session.no_show': 'Marked a no-show',
  'session.started': 'Started an interview',
  'session.completed': 'Completed an interview',
  'session.reveal_deadline_set': 'Set when scorecards are revealed',
  'team.created': 'Created the team',
  'team.seeded': 'Set up the demo team',
  'team.settings_changed': 'Changed the team’s settings',
  'user.password_changed': 'Changed their password',
  'user.password_reset': 'Reset their password by email',
  'user.password_reset_requested': 'Asked for a password reset',
  'user.signed_in': 'Signed in',
  'user.signed_in_with_link': 'Signed in with an emailed link',
};

const RECORD_TYPE_LABELS: Readonly<Record<string, string>> = {
  candidate: 'Candidate',
  guide: 'Guide',
  invite: 'Invitation',
  kit: 'Interview kit',
  membership: 'Member',
  question: 'Question',
  rubric: 'Rubric',
  scorecard: 'Scorecard',
  session: 'Interview',
  team: 'Team',
  user: 'Account',
};

function sentence(text: string): string {
  const words = text.replace(/[._]+/g, ' ').trim();

  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "Scheduled an interview" for `session.scheduled`; an unknown action in plain words ("Session reveal deadline set"). */
export function auditActionLabel(action: string): string {
  return Object.hasOwn(ACTION_LABELS, action)
    ? (ACTION_LABELS[action] ?? action)
    : sentence(action);
}

/** "Interview" for `session`, "Member" for `membership`. */
export function auditRecordTypeLabel(recordType: string): string {
  return Object.hasOwn(RECORD_TYPE_LABELS, recordType)
    ? (RECORD_TYPE_LABELS[recordType] ?? recordType)
    : sentence(recordType);
}

/** "Any interview action" for the `session.` prefix. */
export function auditActionGroupLabel(prefix: string): string {
  const type = prefix === 'member' ? 'membership' : prefix;

  return auditRecordTypeLabel(type);
}

/** "fileName" → "file name", "revealAt" → "reveal at". */
export function auditDetailKeyLabel(key: string): string {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/_/g, ' ')
    .toLowerCase();
}
