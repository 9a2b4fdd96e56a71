// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';

import type { Plugin } from 'vite';
import { describe, expect, it } from 'vitest';

import * as generated from '@web/generated/graphql';

import {
  documentExportName,
  extractDocuments,
  graphqlDocumentsPlugin,
  importGeneratedDocuments,
} from './graphqlDocumentsPlugin';

const GENERATED_MODULE = fileURLToPath(
  new URL('../src/generated/graphql.ts', import.meta.url),
);
const MODULES_DIR = fileURLToPath(new URL('../src/modules', import.meta.url));
const generatedSource = readFileSync(GENERATED_MODULE, 'utf8');

const OPERATION_FILE = `import { graphql } from '@web/generated';

/** The caller's notes. */
export const InterviewRoomNotesQuery = graphql(\`
  query InterviewRoomNotes($id: ID!) {
    session(id: $id) {
      id
    }
  }
\`);
`;

/** The app's operation files: src/modules/<feature>/graphql/<kind>/<Name>.ts. */
function operationFiles(): string[] {
  return readdirSync(MODULES_DIR, { recursive: true, encoding: 'utf8' })
    .filter((file) => /[\\/]graphql[\\/].+\.ts$/.test(file))
    .filter((file) => !file.endsWith('.test.ts'))
    .map((file) => join(MODULES_DIR, file));
}

type Hook = (this: unknown, ...args: unknown[]) => unknown;
const hook = (plugin: Plugin, name: 'resolveId' | 'load' | 'transform') =>
  (plugin[name] as Hook).bind({});

describe(documentExportName.name, () => {
  it('should name the generated document of an operation or a fragment', () => {
    expect(documentExportName('query InterviewRoom { me { id } }')).toBe(
      'InterviewRoomDocument',
    );
    expect(documentExportName('mutation SaveNote { save }')).toBe(
      'SaveNoteDocument',
    );
    expect(
      documentExportName('fragment SessionNoteFields on SessionNote { id }'),
    ).toBe('SessionNoteFieldsFragmentDoc');
  });

  it('should refuse an anonymous operation', () => {
    expect(() => documentExportName('{ me { id } }')).toThrow(/named/);
  });
});

describe(importGeneratedDocuments.name, () => {
  it('should replace the graphql() call with an import of the generated document', () => {
    const result = importGeneratedDocuments(
      OPERATION_FILE,
      'InterviewRoomNotes.ts',
    );

    expect(result?.code).toContain(
      "import { InterviewRoomNotesDocument as __graphqlDocument0 } from '@web/generated/graphql';",
    );
    expect(result?.code).toMatch(
      /export const InterviewRoomNotesQuery = __graphqlDocument0\s*;/,
    );
    expect(result?.code).not.toMatch(/graphql\(|from '@web\/generated';/);
    // Lines keep their numbers: the source map stays right without a new one.
    expect(result?.code.split('\n')).toHaveLength(
      OPERATION_FILE.split('\n').length,
    );
    expect(result?.code.split('\n').indexOf("/** The caller's notes. */")).toBe(
      OPERATION_FILE.split('\n').indexOf("/** The caller's notes. */"),
    );
  });

  it('should leave a file that does not import graphql() alone', () => {
    expect(
      importGeneratedDocuments('export const x = 1;\n', 'x.ts'),
    ).toBeNull();
  });

  it('should refuse a call it cannot replace, rather than break the file', () => {
    const interpolated = OPERATION_FILE.replace(
      'session(id: $id)',
      'session(id: ${id})',
    );

    expect(() =>
      importGeneratedDocuments(interpolated, 'InterviewRoomNotes.ts'),
    ).toThrow(/InterviewRoomNotes\.ts: a graphql\(\) call/);
  });

  it('should name an export of the generated module for every operation of the app', () => {
    const files = operationFiles();
    const imported = files.flatMap((file) => {
      const code =
        importGeneratedDocuments(readFileSync(file, 'utf8'), file)?.code ?? '';

      return [...code.matchAll(/(\w+) as __graphqlDocument\d+/g)].map(
        ([, name]) => name,
      );
    });

    expect(files.length).toBeGreaterThan(50);
    expect(imported).toHaveLength(files.length);
    for (const name of imported) {
      expect(generated, name).toHaveProperty(name ?? '');
    }
  });
});

describe(extractDocuments.name, () => {
  it('should extract every document of the generated module as it is at run time', () => {
    const documents = extractDocuments(generatedSource);

    expect([...documents.keys()].sort()).toEqual(Object.keys(generated).sort());
    for (const [name, literal] of documents) {
      expect(runInNewContext(`(${literal})`), name).toEqual(
        generated[name as keyof typeof generated],
      );
    }
  });

  it('should read the unformatted output of codegen too', () => {
    const compact = `export const MeDocument = {"kind":"Document","definitions":[]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;\nexport type X = 1;\n`;

    expect(extractDocuments(compact)).toEqual(
      new Map([['MeDocument', '{"kind":"Document","definitions":[]}']]),
    );
  });
});

describe(graphqlDocumentsPlugin.name, () => {
  const plugin = graphqlDocumentsPlugin({ generatedModule: GENERATED_MODULE });

  it('should make the generated module re-export one module per document', () => {
    const result = hook(plugin, 'transform')(
      generatedSource,
      GENERATED_MODULE,
    ) as {
      code: string;
    };
    const lines = result.code.trim().split('\n');

    expect(lines).toHaveLength(Object.keys(generated).length);
    expect(lines).toContain(
      "export { default as InterviewRoomDocument } from 'virtual:graphql-document/InterviewRoomDocument';",
    );
  });

  it('should load each document module from the generated source', () => {
    hook(plugin, 'transform')(generatedSource, GENERATED_MODULE);
    const id = hook(
      plugin,
      'resolveId',
    )('virtual:graphql-document/InterviewRoomDocument') as string;
    const loaded = hook(plugin, 'load')(id) as { code: string };

    expect(id).toBe('\0virtual:graphql-document/InterviewRoomDocument');
    expect(
      runInNewContext(
        `(${loaded.code.replace('export default ', '').replace(/;\s*$/, '')})`,
      ),
    ).toEqual(generated.InterviewRoomDocument);
    expect(() =>
      hook(plugin, 'load')('\0virtual:graphql-document/NoSuchDocument'),
    ).toThrow(/exports no document NoSuchDocument/);
  });

  it('should transform operation files, and only in a build', () => {
    const result = hook(plugin, 'transform')(
      OPERATION_FILE,
      '/app/src/modules/x/graphql/queries/InterviewRoomNotes.ts',
    ) as { code: string };

    expect(result.code).toContain('InterviewRoomNotesDocument');
    expect(plugin.apply).toBe('build');
  });
});
