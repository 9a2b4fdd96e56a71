import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { type DefinitionNode, type DocumentNode, type FragmentDefinitionNode, Kind, type OperationDefinitionNode, parse, print, visit } from 'graphql';

/**
 * The operations exactly as the web app sends them: read from its `graphql(`...`)`
 * sources, with the fragments each one uses, so the bench measures real traffic.
 */
export class WebOperations {
  private readonly operations = new Map<string, OperationDefinitionNode>();
  private readonly fragments = new Map<string, FragmentDefinitionNode>();

  constructor(webSourceRoot = join(process.cwd(), 'apps', 'web', 'src', 'modules')) {
    for (const file of listTypeScript(webSourceRoot)) {
      for (const source of graphqlLiterals(readFileSync(file, 'utf8'))) {
        for (const definition of parse(source).definitions) {
          this.add(definition);
        }
      }
    }
  }

  /** The operation's text with its fragments, as one request body's `query`. */
  document(operationName: string): string {
    return print(this.assemble([this.operation(operationName)]));
  }

  /** Several queries' fields under one operation, e.g. a page that loads them together. */
  merged(name: string, operationNames: string[]): string {
    const parts = operationNames.map((operationName) => this.operation(operationName));
    const merged: OperationDefinitionNode = {
      ...parts[0],
      name: { kind: Kind.NAME, value: name },
      variableDefinitions: parts.flatMap((part) => part.variableDefinitions ?? []),
      selectionSet: { kind: Kind.SELECTION_SET, selections: parts.flatMap((part) => part.selectionSet.selections) },
    };

    return print(this.assemble([merged]));
  }

  private operation(name: string): OperationDefinitionNode {
    const operation = this.operations.get(name);
    if (!operation) {
      throw new Error(`The web app has no operation named ${name}`);
    }

    return operation;
  }

  private assemble(operations: OperationDefinitionNode[]): DocumentNode {
    const used = new Map<string, FragmentDefinitionNode>();
    const collect = (node: OperationDefinitionNode | FragmentDefinitionNode) => {
      visit(node, {
        FragmentSpread: (spread) => {
          const fragment = this.fragments.get(spread.name.value);
          if (fragment && !used.has(fragment.name.value)) {
            used.set(fragment.name.value, fragment);
            collect(fragment);
          }
        },
      });
    };
    operations.forEach(collect);

    return { kind: Kind.DOCUMENT, definitions: [...operations, ...used.values()] };
  }

  private add(definition: DefinitionNode): void {
    if (definition.kind === Kind.OPERATION_DEFINITION && definition.name) {
      this.operations.set(definition.name.value, definition);
    } else if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      this.fragments.set(definition.name.value, definition);
    }
  }
}

function listTypeScript(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}

function graphqlLiterals(source: string): string[] {
  return [...source.matchAll(/graphql\(`([^`]*)`\)/g)].map((match) => match[1]);
}
