import type { ResetPasswordInput } from '@web/generated/graphql';
import { ResetPasswordMutation } from '@web/modules/account-recovery/graphql/mutations/ResetPassword';
import { useSessionMutation } from '@web/modules/auth/hooks/useSessionMutation';
import type { Viewer } from '@web/modules/auth/hooks/useViewer';

export type UseResetPasswordResult = {
  /** Sets the new password and signs in; rejects with an ApiError. */
  resetPassword: (input: ResetPasswordInput) => Promise<Viewer>;
  isResetting: boolean;
};

export function useResetPassword(): UseResetPasswordResult {
  const { run, isRunning } = useSessionMutation(
    ResetPasswordMutation,
    (data) => data.resetPassword,
  );

  return { resetPassword: run, isResetting: isRunning };
}
