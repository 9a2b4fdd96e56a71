import type { TeamRole } from '@web/generated/graphql';

/** Who manages rubrics; the API's createRubric and updateRubric demand the same. */
export const RUBRIC_EDITOR_ROLES: readonly TeamRole[] = ['COORDINATOR'];
