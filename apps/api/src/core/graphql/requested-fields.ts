import { type GraphQLResolveInfo, Kind } from 'graphql';

/** Whether the client selected `field` directly under the resolved field. */
export function isFieldRequested(info: GraphQLResolveInfo, field: string): boolean {
  return info.fieldNodes.some((node) =>
    node.selectionSet?.selections.some((selection) => selection.kind === Kind.FIELD && selection.name.value === field),
  );
}
