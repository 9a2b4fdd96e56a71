import type { TeamRole } from '@web/generated/graphql';

/** Who creates, edits and merges candidates; the API demands the same. */
export const CANDIDATE_EDITOR_ROLES: readonly TeamRole[] = ['COORDINATOR'];
