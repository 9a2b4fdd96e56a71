import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy*/waitFor give up after 1 s by default: on a two-core CI machine busy
// with the whole suite, a mocked query and a lazy page can take longer.
configure({ asyncUtilTimeout: 5_000 });

// jsdom lacks the browser APIs Mantine relies on. (Node-environment tests,
// such as the codegen check, have no window at all.)
if (typeof window !== 'undefined') {
  installBrowserStubs();
}

function installBrowserStubs(): void {
  Object.defineProperty(window, 'matchMedia', {
    writable: true,
    value: (query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }),
  });

  class ResizeObserverStub {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  window.ResizeObserver = ResizeObserverStub;
  window.HTMLElement.prototype.scrollIntoView = () => undefined;
  // Mantine's autosize Textarea listens for web fonts loading.
  if (!('fonts' in document)) {
    Object.defineProperty(document, 'fonts', {
      value: new EventTarget(),
      configurable: true,
    });
  }
}

afterEach(() => {
  cleanup();
});
