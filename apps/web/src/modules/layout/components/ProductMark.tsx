import { Group, Text } from '@mantine/core';

export type ProductMarkProps = {
  /** Hides the name on phones, where the header needs the room. */
  isCompact?: boolean;
};

/** The product name with its mark; the same SVG is the favicon. */
export function ProductMark({ isCompact = false }: ProductMarkProps) {
  return (
    <Group gap={8} wrap="nowrap">
      <img
        src="/favicon.svg"
        alt={isCompact ? 'Panelwise' : ''}
        width={28}
        height={28}
      />
      <Text
        fw={700}
        size="lg"
        component="span"
        visibleFrom={isCompact ? 'xs' : undefined}
        aria-hidden={isCompact}
      >
        Panelwise
      </Text>
    </Group>
  );
}
