import { Badge } from '@mantine/core';

import { kindColor, kindLabel } from '@web/modules/questions/utils/kindLabel';

export type KindBadgeProps = { kind: string | null; kindKey: string };

export function KindBadge({ kind, kindKey }: KindBadgeProps) {
  return (
    <Badge variant="light" color={kindColor(kindKey)} tt="none" radius="sm">
      {kindLabel(kind, kindKey)}
    </Badge>
  );
}
