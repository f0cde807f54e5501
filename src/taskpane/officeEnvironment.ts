// What the pane reads from Office itself: the theme. Kept apart, and guarded, so nothing else in
// the pane touches the Office global and this still answers outside a host (a plain browser tab,
// or a host too old to report a theme). The language is not read here: it comes with the
// capabilities (`PaneCapabilities.language`), so the pane's words and the Excel layer's error
// sentences cannot disagree.
import type { PaneTheme } from "./App";

/** Dark when Office says so, or (hosts without `isDarkTheme`) when its body background is dark. */
export function officeTheme(): PaneTheme {
  const theme = typeof Office !== "undefined" ? Office.context?.officeTheme : undefined;
  if (!theme) return "light";
  if (typeof theme.isDarkTheme === "boolean") return theme.isDarkTheme ? "dark" : "light";
  const rgb = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(theme.bodyBackgroundColor ?? "");
  if (!rgb) return "light";
  const [r, g, b] = rgb.slice(1).map((hex) => parseInt(hex, 16) / 255);
  // Relative luminance (Rec. 709 weights); below the midpoint the background reads as dark.
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5 ? "dark" : "light";
}
