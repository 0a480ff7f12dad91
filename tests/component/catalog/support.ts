import { render, screen } from '@testing-library/react';
import { createElement } from 'react';
import { afterEach, beforeEach, vi } from 'vitest';
import { App } from '../../../src/renderer/src/App';
import { useCatalog } from '../../../src/renderer/src/store/catalog';
import { useNotices } from '../../../src/renderer/src/store/notices';
// Not a React hook, despite its name: it connects the renderer's API client to a real data file.
import { useRealApi as connectRealApi } from '../../support/real-api';

/**
 * What jsdom lacks and Radix menus or React Flow use: pointer capture, scrollIntoView, ResizeObserver (firing
 * asynchronously, as browsers do), element sizes and DOMMatrixReadOnly. Layout itself is proven in Chromium.
 */
export function stubBrowserApis(): void {
  const proto = window.HTMLElement.prototype as unknown as Record<string, unknown>;
  proto.hasPointerCapture ??= () => false;
  proto.releasePointerCapture ??= () => {};
  proto.scrollIntoView ??= () => {};
  const globals = globalThis as unknown as Record<string, unknown>;
  globals.ResizeObserver ??= class {
    constructor(private readonly callback: ResizeObserverCallback) {}
    observe(target: Element) {
      setTimeout(() => this.callback([{ target, contentRect: { width: 800, height: 400 } } as ResizeObserverEntry], this as never));
    }
    unobserve() {}
    disconnect() {}
  };
  globals.DOMMatrixReadOnly ??= class {
    m22 = 1;
    constructor(transform?: string) {
      const scale = /scale\(([\d.]+)\)/.exec(transform ?? '');
      if (scale) this.m22 = Number(scale[1]);
    }
  };
  for (const key of ['offsetWidth', 'offsetHeight'] as const) {
    if (!Object.getOwnPropertyDescriptor(window.HTMLElement.prototype, key)?.configurable) continue;
    Object.defineProperty(window.HTMLElement.prototype, key, { configurable: true, get: () => (key === 'offsetWidth' ? 800 : 400) });
  }
}

/** The stores outlive a test: start each from nothing. */
export function resetCatalogStores(): void {
  useCatalog.setState(useCatalog.getInitialState(), true);
  useNotices.setState({ notices: [] });
}

/** Renders the app at a route, e.g. '#/catalog/courses', and waits for its main heading. */
export async function openAt(hash: string, heading: string | RegExp) {
  window.location.hash = hash;
  render(createElement(App));
  return screen.findByRole('heading', { level: 1, name: heading });
}

/** Each test: the browser stubs, fresh stores, and the real API on a fresh data file (closed afterwards). */
export function withCatalogScreens(): { readonly real: ReturnType<typeof connectRealApi> } {
  // Whole forms are filled in through the real API over the full catalog (67 courses, 73 skills since
  // 2026.12.1): allow for a busy machine.
  vi.setConfig({ testTimeout: 40_000 });
  const ctx = {} as { real: ReturnType<typeof connectRealApi> };
  beforeEach(() => {
    stubBrowserApis();
    resetCatalogStores();
    ctx.real = connectRealApi();
  });
  afterEach(() => ctx.real.close());
  return ctx;
}
