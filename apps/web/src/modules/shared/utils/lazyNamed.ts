import { type ComponentType, lazy, type LazyExoticComponent } from 'react';

/** A component whose code is a chunk of its own, fetched on first render or on `preload()`. */
export type PreloadableComponent<Props extends object> = LazyExoticComponent<
  ComponentType<Props>
> & {
  preload: () => Promise<unknown>;
};

/**
 * `lazyNamed(() => import('@web/pages/home/HomePage'), 'HomePage')`: a named
 * export of a module loaded on demand, fetched once whether preloaded or
 * rendered first.
 */
export function lazyNamed<Name extends string, Props extends object>(
  load: () => Promise<Record<Name, ComponentType<Props>>>,
  name: Name,
): PreloadableComponent<Props> {
  let loading: Promise<{ default: ComponentType<Props> }> | undefined;
  const loadOnce = () => {
    loading ??= load().then((module) => ({ default: module[name] }));

    return loading;
  };

  return Object.assign(lazy(loadOnce), { preload: loadOnce });
}

/** Starts fetching those of `components` that load lazily (the routes a URL matches). */
export function preloadComponents(components: readonly unknown[]): void {
  for (const component of components) {
    if (
      component &&
      (typeof component === 'object' || typeof component === 'function') &&
      'preload' in component &&
      typeof component.preload === 'function'
    ) {
      void (component as { preload: () => Promise<unknown> }).preload();
    }
  }
}
