import { DataList, List } from '@mantine/core';

import type { AnswerFieldNode } from '@web/modules/questions/types/answer';

import { RichText } from './RichText';

export type AnswerFieldListProps = { fields: readonly AnswerFieldNode[] };

/** Labelled answer fields (Description, Process, Pitfalls...) as a description list. */
export function AnswerFieldList({ fields }: AnswerFieldListProps) {
  return (
    <DataList
      orientation="vertical"
      gap="md"
      size="md"
      styles={{
        itemLabel: { fontWeight: 600, color: 'var(--mantine-color-text)' },
      }}
    >
      {fields.map((field, index) => (
        <DataList.Item key={`${field.label}-${index}`}>
          <DataList.ItemLabel>{field.label}</DataList.ItemLabel>
          <DataList.ItemValue>
            <AnswerFieldContent field={field} />
          </DataList.ItemValue>
        </DataList.Item>
      ))}
    </DataList>
  );
}

/** A field's text, list items and nested fields, recursively. */
function AnswerFieldContent({ field }: { field: AnswerFieldNode }) {
  const items = field.items ?? [];
  const children = field.children ?? [];

  return (
    <>
      {field.text ? <RichText text={field.text} /> : null}
      {items.length > 0 ? (
        <List
          type={
            field.ordered && children.length === 0 ? 'ordered' : 'unordered'
          }
          spacing={4}
          size="md"
          mt={field.text ? 4 : 0}
          withPadding
        >
          {items.map((item, index) => (
            <List.Item key={index}>
              <RichText text={item} />
            </List.Item>
          ))}
        </List>
      ) : null}
      {children.length > 0 ? (
        <List
          type={field.ordered ? 'ordered' : 'unordered'}
          spacing={4}
          size="md"
          mt={field.text || items.length > 0 ? 4 : 0}
          withPadding
        >
          {children.map((child, index) => (
            <List.Item key={`${child.label}-${index}`}>
              <strong>{child.label}:</strong>{' '}
              <AnswerFieldContent field={child} />
            </List.Item>
          ))}
        </List>
      ) : null}
    </>
  );
}
