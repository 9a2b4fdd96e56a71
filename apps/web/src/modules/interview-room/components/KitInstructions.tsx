import { Text } from '@mantine/core';

export type KitInstructionsProps = {
  instructions: string;
};

/** The kit's instructions to the interviewers, as written (plain text, never HTML). */
export function KitInstructions({ instructions }: KitInstructionsProps) {
  return instructions.trim() ? (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
      {instructions}
    </Text>
  ) : (
    <Text size="sm" c="dimmed">
      This kit has no instructions for interviewers.
    </Text>
  );
}
