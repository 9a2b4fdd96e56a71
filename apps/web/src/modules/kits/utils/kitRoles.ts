import type { TeamRole } from '@web/generated/graphql';

/** Who may create and edit kits; the API's createKit and updateKit demand the same. */
export const KIT_EDITOR_ROLES: readonly TeamRole[] = ['COORDINATOR'];
