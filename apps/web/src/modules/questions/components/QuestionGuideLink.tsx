import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';

export type QuestionGuideLinkProps = {
  guide: { id: string; title: string; deletedAt?: string | null };
  size?: 'sm';
  underline?: 'always';
};

/** A question's guide; a deleted guide has no page left, only its title. */
export function QuestionGuideLink({
  guide,
  size,
  underline,
}: QuestionGuideLinkProps) {
  if (guide.deletedAt) {
    return (
      <Text span size={size}>
        {guide.title} (deleted guide)
      </Text>
    );
  }

  return (
    <Anchor
      component={Link}
      to={`/guides/${guide.id}`}
      size={size}
      underline={underline}
    >
      {guide.title}
    </Anchor>
  );
}
