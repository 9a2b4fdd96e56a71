import { Kind, parse } from 'graphql';
import type { Plugin } from 'vite';

// The codegen client preset looks documents up at run time in one map of
// every operation (src/generated/gql.ts), so each page would ship them all.
// In a build, this plugin does what the preset's Babel plugin does: each
// `graphql(`...`)` becomes an import of its generated document; and it makes
// every document of src/generated/graphql.ts a module of its own, so that a
// document travels in the chunk of the pages that use it.

const GRAPHQL_IMPORT = "import { graphql } from '@web/generated';";
// A template literal without `${}` or escapes: its text is the document.
const GRAPHQL_CALL = /\bgraphql\(\s*`((?:[^`$\\]|\$(?!\{))*)`\s*\)/g;
// Formatted or not: the first `} as unknown as DocumentNode` ends the literal.
const DOCUMENT =
  /^export const (\w+) = (\{[\s\S]*?\}) as unknown as DocumentNode/gm;
const VIRTUAL_PREFIX = 'virtual:graphql-document/';
const RESOLVED_PREFIX = `\0${VIRTUAL_PREFIX}`;

/** The generated export for a `graphql()` source: `<Name>Document` or `<Name>FragmentDoc`. */
export function documentExportName(source: string): string {
  const [first] = parse(source, { noLocation: true }).definitions;
  if (first?.kind === Kind.OPERATION_DEFINITION && first.name) {
    return `${first.name.value}Document`;
  }
  if (first?.kind === Kind.FRAGMENT_DEFINITION) {
    return `${first.name.value}FragmentDoc`;
  }
  throw new Error(
    'A graphql() document must start with a named operation or a fragment',
  );
}

/**
 * Replaces the `graphql()` calls of an operation file with imports from the
 * generated module; null when the file does not use `graphql()`. Every line
 * keeps its number (a call becomes its identifier and the newlines it
 * spanned), so the file's source map needs no change.
 */
export function importGeneratedDocuments(code: string, id: string) {
  if (!code.includes(GRAPHQL_IMPORT)) {
    return null;
  }
  const imports: string[] = [];
  const replaced = code.replace(GRAPHQL_CALL, (call, source: string) => {
    const local = `__graphqlDocument${imports.length}`;
    imports.push(`${documentExportName(source)} as ${local}`);

    return local + '\n'.repeat(call.split('\n').length - 1);
  });
  const result = replaced.replace(
    GRAPHQL_IMPORT,
    `import { ${imports.join(', ')} } from '@web/generated/graphql';`,
  );
  if (/\bgraphql\(/.test(result.replace(/^import .*$/gm, ''))) {
    throw new Error(
      `${id}: a graphql() call is not a plain template literal; it cannot be replaced`,
    );
  }

  return { code: result, map: null };
}

/** The object literal of each document exported by src/generated/graphql.ts, by export name. */
export function extractDocuments(generated: string): Map<string, string> {
  return new Map(
    [...generated.matchAll(DOCUMENT)].map(
      ([, name, literal]) => [name ?? '', literal ?? ''] as const,
    ),
  );
}

/** Build only: dev and the unit tests keep the preset's run-time lookup. */
export function graphqlDocumentsPlugin({
  generatedModule,
}: {
  /** Absolute path of src/generated/graphql.ts. */
  generatedModule: string;
}): Plugin {
  let documents = new Map<string, string>();

  return {
    name: 'panelwise:graphql-documents',
    apply: 'build',
    enforce: 'pre',
    resolveId(source) {
      return source.startsWith(VIRTUAL_PREFIX) ? `\0${source}` : null;
    },
    load(id) {
      if (!id.startsWith(RESOLVED_PREFIX)) {
        return null;
      }
      const name = id.slice(RESOLVED_PREFIX.length);
      const literal = documents.get(name);
      if (literal === undefined) {
        throw new Error(`${generatedModule} exports no document ${name}`);
      }

      return { code: `export default ${literal};\n`, map: { mappings: '' } };
    },
    transform(code, id) {
      if (id === generatedModule) {
        documents = extractDocuments(code);
        const reexports = [...documents.keys()].map(
          (name) =>
            `export { default as ${name} } from '${VIRTUAL_PREFIX}${name}';`,
        );

        return { code: `${reexports.join('\n')}\n`, map: { mappings: '' } };
      }
      if (!/\.tsx?$/.test(id) || !code.includes(GRAPHQL_IMPORT)) {
        return null;
      }

      return importGeneratedDocuments(code, id);
    },
  };
}
