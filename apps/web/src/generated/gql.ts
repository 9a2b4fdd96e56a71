/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  fragment ViewerFields on Viewer {\n    user {\n      id\n      name\n      email\n      timeZone\n    }\n    currentTeam {\n      id\n      name\n    }\n    role\n    memberships {\n      id\n      role\n      team {\n        id\n        name\n      }\n    }\n  }\n': typeof types.ViewerFieldsFragmentDoc;
  '\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...ViewerFields\n    }\n  }\n': typeof types.SignInDocument;
  '\n  mutation SignOut {\n    signOut\n  }\n': typeof types.SignOutDocument;
  '\n  mutation SwitchTeam($input: SwitchTeamInput!) {\n    switchTeam(input: $input) {\n      ...ViewerFields\n    }\n  }\n': typeof types.SwitchTeamDocument;
  '\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n': typeof types.MeDocument;
  '\n  mutation AcceptInvite($input: AcceptInviteInput!) {\n    acceptInvite(input: $input) {\n      ...ViewerFields\n    }\n  }\n': typeof types.AcceptInviteDocument;
  '\n  query InvitePreview($token: String!) {\n    invitePreview(token: $token) {\n      teamName\n      email\n      role\n      hasAccount\n    }\n  }\n': typeof types.InvitePreviewDocument;
  '\n  fragment InviteFields on Invite {\n    id\n    email\n    role\n    status\n    invitedByName\n    createdAt\n    expiresAt\n  }\n': typeof types.InviteFieldsFragmentDoc;
  '\n  fragment MembershipFields on Membership {\n    id\n    role\n    active\n    joinedAt\n    user {\n      id\n      name\n      email\n    }\n  }\n': typeof types.MembershipFieldsFragmentDoc;
  '\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      ...MembershipFields\n    }\n  }\n': typeof types.ChangeMemberRoleDocument;
  '\n  mutation DeactivateMember($input: DeactivateMemberInput!) {\n    deactivateMember(input: $input) {\n      ...MembershipFields\n    }\n  }\n': typeof types.DeactivateMemberDocument;
  '\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      url\n      invite {\n        ...InviteFields\n      }\n    }\n  }\n': typeof types.InviteMemberDocument;
  '\n  mutation RevokeInvite($input: RevokeInviteInput!) {\n    revokeInvite(input: $input) {\n      ...InviteFields\n    }\n  }\n': typeof types.RevokeInviteDocument;
  '\n  query PendingInvites {\n    invites {\n      ...InviteFields\n    }\n  }\n': typeof types.PendingInvitesDocument;
  '\n  query TeamMembers {\n    team {\n      id\n      name\n    }\n    members {\n      ...MembershipFields\n    }\n  }\n': typeof types.TeamMembersDocument;
};
const documents: Documents = {
  '\n  fragment ViewerFields on Viewer {\n    user {\n      id\n      name\n      email\n      timeZone\n    }\n    currentTeam {\n      id\n      name\n    }\n    role\n    memberships {\n      id\n      role\n      team {\n        id\n        name\n      }\n    }\n  }\n':
    types.ViewerFieldsFragmentDoc,
  '\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...ViewerFields\n    }\n  }\n':
    types.SignInDocument,
  '\n  mutation SignOut {\n    signOut\n  }\n': types.SignOutDocument,
  '\n  mutation SwitchTeam($input: SwitchTeamInput!) {\n    switchTeam(input: $input) {\n      ...ViewerFields\n    }\n  }\n':
    types.SwitchTeamDocument,
  '\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n':
    types.MeDocument,
  '\n  mutation AcceptInvite($input: AcceptInviteInput!) {\n    acceptInvite(input: $input) {\n      ...ViewerFields\n    }\n  }\n':
    types.AcceptInviteDocument,
  '\n  query InvitePreview($token: String!) {\n    invitePreview(token: $token) {\n      teamName\n      email\n      role\n      hasAccount\n    }\n  }\n':
    types.InvitePreviewDocument,
  '\n  fragment InviteFields on Invite {\n    id\n    email\n    role\n    status\n    invitedByName\n    createdAt\n    expiresAt\n  }\n':
    types.InviteFieldsFragmentDoc,
  '\n  fragment MembershipFields on Membership {\n    id\n    role\n    active\n    joinedAt\n    user {\n      id\n      name\n      email\n    }\n  }\n':
    types.MembershipFieldsFragmentDoc,
  '\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      ...MembershipFields\n    }\n  }\n':
    types.ChangeMemberRoleDocument,
  '\n  mutation DeactivateMember($input: DeactivateMemberInput!) {\n    deactivateMember(input: $input) {\n      ...MembershipFields\n    }\n  }\n':
    types.DeactivateMemberDocument,
  '\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      url\n      invite {\n        ...InviteFields\n      }\n    }\n  }\n':
    types.InviteMemberDocument,
  '\n  mutation RevokeInvite($input: RevokeInviteInput!) {\n    revokeInvite(input: $input) {\n      ...InviteFields\n    }\n  }\n':
    types.RevokeInviteDocument,
  '\n  query PendingInvites {\n    invites {\n      ...InviteFields\n    }\n  }\n':
    types.PendingInvitesDocument,
  '\n  query TeamMembers {\n    team {\n      id\n      name\n    }\n    members {\n      ...MembershipFields\n    }\n  }\n':
    types.TeamMembersDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ViewerFields on Viewer {\n    user {\n      id\n      name\n      email\n      timeZone\n    }\n    currentTeam {\n      id\n      name\n    }\n    role\n    memberships {\n      id\n      role\n      team {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment ViewerFields on Viewer {\n    user {\n      id\n      name\n      email\n      timeZone\n    }\n    currentTeam {\n      id\n      name\n    }\n    role\n    memberships {\n      id\n      role\n      team {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...ViewerFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...ViewerFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignOut {\n    signOut\n  }\n',
): (typeof documents)['\n  mutation SignOut {\n    signOut\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SwitchTeam($input: SwitchTeamInput!) {\n    switchTeam(input: $input) {\n      ...ViewerFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SwitchTeam($input: SwitchTeamInput!) {\n    switchTeam(input: $input) {\n      ...ViewerFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n',
): (typeof documents)['\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AcceptInvite($input: AcceptInviteInput!) {\n    acceptInvite(input: $input) {\n      ...ViewerFields\n    }\n  }\n',
): (typeof documents)['\n  mutation AcceptInvite($input: AcceptInviteInput!) {\n    acceptInvite(input: $input) {\n      ...ViewerFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query InvitePreview($token: String!) {\n    invitePreview(token: $token) {\n      teamName\n      email\n      role\n      hasAccount\n    }\n  }\n',
): (typeof documents)['\n  query InvitePreview($token: String!) {\n    invitePreview(token: $token) {\n      teamName\n      email\n      role\n      hasAccount\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment InviteFields on Invite {\n    id\n    email\n    role\n    status\n    invitedByName\n    createdAt\n    expiresAt\n  }\n',
): (typeof documents)['\n  fragment InviteFields on Invite {\n    id\n    email\n    role\n    status\n    invitedByName\n    createdAt\n    expiresAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment MembershipFields on Membership {\n    id\n    role\n    active\n    joinedAt\n    user {\n      id\n      name\n      email\n    }\n  }\n',
): (typeof documents)['\n  fragment MembershipFields on Membership {\n    id\n    role\n    active\n    joinedAt\n    user {\n      id\n      name\n      email\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      ...MembershipFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      ...MembershipFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeactivateMember($input: DeactivateMemberInput!) {\n    deactivateMember(input: $input) {\n      ...MembershipFields\n    }\n  }\n',
): (typeof documents)['\n  mutation DeactivateMember($input: DeactivateMemberInput!) {\n    deactivateMember(input: $input) {\n      ...MembershipFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      url\n      invite {\n        ...InviteFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      url\n      invite {\n        ...InviteFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RevokeInvite($input: RevokeInviteInput!) {\n    revokeInvite(input: $input) {\n      ...InviteFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RevokeInvite($input: RevokeInviteInput!) {\n    revokeInvite(input: $input) {\n      ...InviteFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PendingInvites {\n    invites {\n      ...InviteFields\n    }\n  }\n',
): (typeof documents)['\n  query PendingInvites {\n    invites {\n      ...InviteFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TeamMembers {\n    team {\n      id\n      name\n    }\n    members {\n      ...MembershipFields\n    }\n  }\n',
): (typeof documents)['\n  query TeamMembers {\n    team {\n      id\n      name\n    }\n    members {\n      ...MembershipFields\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
