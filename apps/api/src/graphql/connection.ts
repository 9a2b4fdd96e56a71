import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { Type } from '@nestjs/common';

@ObjectType('PageInfo')
export class PageInfoModel {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
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
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field(() => String)
    cursor!: string;

    @Field(() => nodeType)
    node!: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionType {
    @Field(() => [EdgeType])
    edges!: EdgeType[];

    @Field(() => PageInfoModel)
    pageInfo!: PageInfoModel;

    @Field(() => Int, { nullable: true, description: 'Only computed when asked for.' })
    totalCount?: number | null;

    @Field(() => Boolean, { description: 'True when totalCount stopped counting at a cap: "at least".' })
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
