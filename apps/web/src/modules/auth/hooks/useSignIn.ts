import type { SignInInput } from '@web/generated/graphql';
import { SignInMutation } from '@web/modules/auth/graphql/mutations/SignIn';

import { useSessionMutation } from './useSessionMutation';
import type { Viewer } from './useViewer';

export type UseSignInResult = {
  /** Resolves with the signed-in viewer; rejects with an ApiError. */
  signIn: (input: SignInInput) => Promise<Viewer>;
  isSigningIn: boolean;
};

export function useSignIn(): UseSignInResult {
  const { run, isRunning } = useSessionMutation(
    SignInMutation,
    (data) => data.signIn,
  );

  return { signIn: run, isSigningIn: isRunning };
}
