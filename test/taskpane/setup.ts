// What Fluent UI needs from a browser that jsdom does not provide. Imported at the top of each pane
// test file (jest.config.js stays shared and untouched).
import "@testing-library/jest-dom";

if (typeof window.matchMedia !== "function") {
  // Fluent asks for prefers-reduced-motion and similar; "no match" is the plain default.
  window.matchMedia = (query: string): MediaQueryList => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  });
}

if (typeof window.ResizeObserver !== "function") {
  // MessageBar reflows on resize; jsdom never resizes, so observing can do nothing.
  window.ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}
