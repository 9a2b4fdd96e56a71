import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** One `@api/…` import of a source file: paths relative to apps/api/src, without `.ts`. */
export type SourceImport = { from: string; to: string };

/** The floor (or, in the middle floor, the module) a source path belongs to. */
export function placeOf(path: string): string {
  const [top, name] = path.split('/');

  return top === 'modules' ? `modules/${name}` : top;
}

export const isEntity = (path: string): boolean => path.endsWith('.entity');

/** Every non-test TypeScript file under `root`, as paths relative to it without `.ts`. */
export function sourceFiles(root: string): string[] {
  const found: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        walk(path);
      } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts')) {
        found.push(relative(root, path).replace(/\.ts$/, ''));
      }
    }
  };
  walk(root);

  return found.sort();
}

/** The `@api/` imports of every source file (sibling `./` imports stay inside one folder). */
export function sourceImports(root: string): SourceImport[] {
  return sourceFiles(root).flatMap((from) =>
    [...readFileSync(join(root, `${from}.ts`), 'utf8').matchAll(/from '@api\/([^']+)'/g)].map((match) => ({
      from,
      to: match[1],
    })),
  );
}

/**
 * A cycle among the places the imports join (an entity naming a related entity does not count:
 * TypeORM relations point both ways by nature), as the places in order, or null when there is none.
 */
export function findPlaceCycle(imports: readonly SourceImport[]): string[] | null {
  const next = new Map<string, Set<string>>();
  for (const { from, to } of imports) {
    const [a, b] = [placeOf(from), placeOf(to)];
    if (a !== b && !(isEntity(from) && isEntity(to))) {
      next.set(a, (next.get(a) ?? new Set()).add(b));
    }
  }
  const done = new Set<string>();
  const path: string[] = [];
  const visit = (place: string): string[] | null => {
    const open = path.indexOf(place);
    if (open >= 0) {
      return [...path.slice(open), place];
    }
    if (done.has(place)) {
      return null;
    }
    path.push(place);
    for (const target of next.get(place) ?? []) {
      const cycle = visit(target);
      if (cycle) {
        return cycle;
      }
    }
    path.pop();
    done.add(place);

    return null;
  };
  for (const place of [...next.keys()].sort()) {
    const cycle = visit(place);
    if (cycle) {
      return cycle;
    }
  }

  return null;
}

/** Each table, from its entity's `@Entity('…')`, with the place (module, or core) that owns it. */
export function tableOwners(root: string): Map<string, { owner: string; entityClass: string }> {
  const owners = new Map<string, { owner: string; entityClass: string }>();
  for (const file of sourceFiles(root).filter(isEntity)) {
    const text = readFileSync(join(root, `${file}.ts`), 'utf8');
    for (const [, table, entityClass] of text.matchAll(/@Entity\('(\w+)'\)[\s\S]*?export class (\w+)/g)) {
      owners.set(table, { owner: placeOf(file), entityClass });
    }
  }

  return owners;
}

const SQL_TABLE_POSITION = /\b(?:FROM|JOIN|INTO|UPDATE|TABLE)\s+"?(\w+)"?/gi;
const ENTITY_IMPORT = /import (?:type )?\{([^}]+)\} from '@api\/[^']+\.entity'/g;

/**
 * The tables a file names: in SQL (after FROM, JOIN, INTO, UPDATE, TABLE) or through their
 * entity class (an ORM call or a type); an entity naming a related entity does not count.
 */
export function tablesNamed(file: string, text: string, owners: ReturnType<typeof tableOwners>): string[] {
  const named = new Set<string>();
  for (const [, word] of text.matchAll(SQL_TABLE_POSITION)) {
    if (owners.has(word)) {
      named.add(word);
    }
  }
  if (!isEntity(file)) {
    const tableOfClass = new Map([...owners].map(([table, { entityClass }]) => [entityClass, table]));
    for (const [, names] of text.matchAll(ENTITY_IMPORT)) {
      for (const name of names.split(',').map((part) => part.trim().replace(/^type\s+/, ''))) {
        const table = tableOfClass.get(name);
        if (table) {
          named.add(table);
        }
      }
    }
  }

  return [...named].sort();
}
