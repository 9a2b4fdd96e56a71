import type { AcceptInviteInput } from '@web/generated/graphql';
import { useSessionMutation } from '@web/modules/auth/hooks/useSessionMutation';
import type { Viewer } from '@web/modules/auth/hooks/useViewer';
import { AcceptInviteMutation } from '@web/modules/invites/graphql/mutations/AcceptInvite';

export type UseAcceptInviteResult = {
  /** Joins the team and signs in; rejects with an ApiError. */
  acceptInvite: (input: AcceptInviteInput) => Promise<Viewer>;
  isAccepting: boolean;
};

export function useAcceptInvite(): UseAcceptInviteResult {
  const { run, isRunning } = useSessionMutation(
    AcceptInviteMutation,
    (data) => data.acceptInvite,
  );

  return { acceptInvite: run, isAccepting: isRunning };
}
