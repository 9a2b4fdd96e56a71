import { join } from 'node:path';

import { findPlaceCycle, isEntity, placeOf, sourceImports } from './source-scan';

const SRC = join(process.cwd(), 'apps/api/src');

// The API's floors, bottom up: core (the kernel), modules (one folder per feature), app (the
// composition root), then what starts it (cli, seed, main). Imports run down, never up.
const FLOORS = ['core', 'modules', 'app', 'seed', 'cli', 'main'];
const floorOf = (path: string): number => FLOORS.indexOf(path.split('/')[0]);

describe('the API floors', () => {
  const imports = sourceImports(SRC);

  it('should read the imports of every floor', () => {
    const floorsSeen = new Set(imports.map(({ from }) => from.split('/')[0]));

    expect([...floorsSeen].sort()).toEqual(['app', 'cli', 'core', 'main', 'modules', 'seed']);
  });

  it('should place every source file on a floor', () => {
    expect(imports.filter(({ from, to }) => floorOf(from) < 0 || floorOf(to) < 0)).toEqual([]);
  });

  it('should import nothing from a higher floor (a kernel entity may name a related entity)', () => {
    const upward = imports.filter(
      ({ from, to }) => floorOf(to) > floorOf(from) && !(isEntity(from) && isEntity(to)),
    );

    expect(upward).toEqual([]);
  });

  it('should let no two modules depend on each other, directly or round a circle', () => {
    const moduleImports = imports.filter(({ from, to }) => from.startsWith('modules/') && to.startsWith('modules/'));

    expect(findPlaceCycle(moduleImports)).toBeNull();
  });
});

describe(findPlaceCycle.name, () => {
  it('should find a circle of three modules', () => {
    const cycle = findPlaceCycle([
      { from: 'modules/a/a.service', to: 'modules/b/b.service' },
      { from: 'modules/b/b.service', to: 'modules/c/c.model' },
      { from: 'modules/c/c.service', to: 'modules/a/a.model' },
    ]);

    expect(cycle).toEqual(['modules/a', 'modules/b', 'modules/c', 'modules/a']);
  });

  it('should not count entities that name each other as a circle', () => {
    const cycle = findPlaceCycle([
      { from: 'modules/a/a.entity', to: 'modules/b/b.entity' },
      { from: 'modules/b/b.entity', to: 'modules/a/a.entity' },
      { from: 'modules/a/a.service', to: 'modules/b/b.service' },
    ]);

    expect(cycle).toBeNull();
  });

  it('should not count imports inside one module', () => {
    expect(placeOf('modules/guide/dto/guide.model')).toBe('modules/guide');
    expect(findPlaceCycle([{ from: 'modules/a/x', to: 'modules/a/y' }, { from: 'modules/a/y', to: 'modules/a/x' }])).toBeNull();
  });
});
