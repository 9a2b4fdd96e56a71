import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { Type } from '@nestjs/common';

@ObjectType('PageInfo', { description: 'Where a page of a Relay connection ends, for asking for the next one.' })
export class PageInfoModel {
  @Field(() => Boolean, { description: 'True when more items follow this page: ask again with after = endCursor.' })
  hasNextPage!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Opaque cursor of the last edge on this page (pass it as after); null when the page is empty.',
  })
  endCursor!: string | null;
}

export type Edge<T> = { cursor: string; node: T };

export type ConnectionShape<T> = {
  edges: Edge<T>[];
  pageInfo: PageInfoModel;
  totalCount?: number | null;
  isTotalCountCapped?: boolean;
};

/** Builds the Relay connection and edge types for one node type. */
export function Connection<T>(nodeType: Type<T>, name: string): Type<ConnectionShape<T>> {
  @ObjectType(`${name}Edge`, { description: `One ${name} in a page of ${name}Connection, with its cursor.` })
  class EdgeType {
    @Field(() => String, {
      description: 'Opaque position of this edge; pass it as after to get the items that follow it. Valid only for the same list and filters.',
    })
    cursor!: string;

    @Field(() => nodeType, { description: `The ${name} at this position.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} items (Relay connection), at most first items long.` })
  class ConnectionType {
    @Field(() => [EdgeType], { description: 'The items of this page, in the list\u2019s order.' })
    edges!: EdgeType[];

    @Field(() => PageInfoModel, { description: 'Whether another page follows, and the cursor to ask for it.' })
    pageInfo!: PageInfoModel;

    @Field(() => Int, {
      nullable: true,
      description: 'Items matching the filters across all pages. Counted only when this field is selected (it costs a query); null on lists that do not count.',
    })
    totalCount?: number | null;

    @Field(() => Boolean, {
      description: 'True when totalCount stopped counting at a cap and means "at least" (question search counts up to 1,000 matches).',
    })
    isTotalCountCapped!: boolean;
  }

  return ConnectionType;
}

export function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/** Decodes a cursor made by encodeCursor; null when it is not one. */
export function decodeCursor(cursor: string, length: number): unknown[] | null {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));

    return Array.isArray(values) && values.length === length ? values : null;
  } catch {
    return null;
  }
}

/** Splits `first + 1` fetched rows into a page and its pageInfo. */
export function toConnection<Row, T>(
  rows: Row[],
  first: number,
  toNode: (row: Row) => T,
  cursorOf: (row: Row) => string,
  totalCount: number | null,
  isTotalCountCapped = false,
): ConnectionShape<T> {
  const page = rows.slice(0, first);
  const edges = page.map((row) => ({ cursor: cursorOf(row), node: toNode(row) }));

  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
    isTotalCountCapped,
  };
}
