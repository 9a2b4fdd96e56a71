import { useId, useState, type FormEvent } from 'react';
import {
  Alert,
  Button,
  Group,
  Input,
  SegmentedControl,
  Stack,
  Textarea,
} from '@mantine/core';

import type { DebriefDecisionKind } from '@web/generated/graphql';
import { useRecordDecision } from '@web/modules/candidate-review/hooks/useRecordDecision';
import {
  DECISION_OPTIONS,
  type DecisionDraftErrors,
  decisionDraftErrors,
  decisionLabel,
  isDecisionKind,
  RATIONALE_LIMITS,
} from '@web/modules/candidate-review/utils/decisions';
import { toApiError } from '@web/modules/shared/utils/apiError';
import { notify } from '@web/modules/shared/utils/notify';

export type DecisionFormProps = { candidateId: string };

/** Records a debrief decision with its rationale; earlier decisions stay in the history. */
export function DecisionForm({ candidateId }: DecisionFormProps) {
  const { recordDecision, isRecording } = useRecordDecision(candidateId);
  const [decision, setDecision] = useState<DebriefDecisionKind | null>(null);
  const [rationale, setRationale] = useState('');
  const [errors, setErrors] = useState<DecisionDraftErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const labelId = useId();
  const decisionErrorId = useId();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const draft = { decision, rationale };
    const problems = decisionDraftErrors(draft);
    setErrors(problems);
    setFailure(null);
    if (!draft.decision || Object.keys(problems).length > 0) {
      return;
    }
    try {
      await recordDecision({
        decision: draft.decision,
        rationale: rationale.trim(),
      });
      notify({
        color: 'green',
        message: `Decision recorded: ${decisionLabel(draft.decision)}`,
      });
      setDecision(null);
      setRationale('');
    } catch (error) {
      const apiError = toApiError(error);
      if (apiError.field === 'rationale') {
        setErrors({ rationale: apiError.message });
      } else {
        setFailure(apiError.message);
      }
    }
  };

  return (
    <form
      noValidate
      aria-label="Record a decision"
      onSubmit={(event) => void submit(event)}
    >
      <Stack gap="md">
        <Input.Wrapper
          labelElement="div"
          label="Decision"
          labelProps={{ id: labelId }}
          withAsterisk
          error={errors.decision}
          errorProps={{ id: decisionErrorId }}
        >
          <SegmentedControl
            mt={4}
            aria-labelledby={labelId}
            aria-describedby={errors.decision ? decisionErrorId : undefined}
            fullWidth
            value={decision ?? ''}
            onChange={(value) => {
              if (isDecisionKind(value)) {
                setDecision(value);
                setErrors((current) => ({ ...current, decision: undefined }));
              }
            }}
            data={DECISION_OPTIONS.map((option) => ({
              value: option.value,
              label: option.label,
            }))}
          />
        </Input.Wrapper>
        <Textarea
          label="Rationale"
          description="What in the scorecards supports this decision. The panel and later readers see it."
          withAsterisk
          autosize
          minRows={3}
          maxRows={10}
          maxLength={RATIONALE_LIMITS.max}
          value={rationale}
          error={errors.rationale}
          onChange={(event) => {
            setRationale(event.currentTarget.value);
            if (errors.rationale) {
              setErrors((current) => ({ ...current, rationale: undefined }));
            }
          }}
        />
        {failure ? (
          <Alert color="red" title="The decision was not recorded" role="alert">
            {failure}
          </Alert>
        ) : null}
        <Group>
          <Button type="submit" loading={isRecording}>
            Record decision
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
