import type { CompleteSetupInput } from '@web/generated/graphql';
import { useSessionMutation } from '@web/modules/auth/hooks/useSessionMutation';
import type { Viewer } from '@web/modules/auth/hooks/useViewer';
import { CompleteSetupMutation } from '@web/modules/onboarding/graphql/mutations/CompleteSetup';

export type UseCompleteSetupResult = {
  /** Creates the first team and coordinator and signs in; rejects with an ApiError. */
  completeSetup: (input: CompleteSetupInput) => Promise<Viewer>;
  isCompleting: boolean;
};

export function useCompleteSetup(): UseCompleteSetupResult {
  const { run, isRunning } = useSessionMutation(
    CompleteSetupMutation,
    (data) => data.completeSetup,
  );

  return { completeSetup: run, isCompleting: isRunning };
}
