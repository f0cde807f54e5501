// The task pane's entry: once Office is ready, render the pane over the real Excel layer. Everything
// testable lives in App and below; this file only wires Office to it.
import { createRoot } from "react-dom/client";
import { createExcelCapabilities } from "../excel/capabilities";
import { App } from "./App";
import { officeTheme } from "./officeEnvironment";

Office.onReady(() => {
  const capabilities = createExcelCapabilities();
  // taskpane.html is written once with lang="vi"; the page, not only the pane, is in the user's language.
  document.documentElement.lang = capabilities.language;
  const container = document.getElementById("container") ?? document.body.appendChild(document.createElement("div"));
  createRoot(container).render(<App capabilities={capabilities} theme={officeTheme()} />);
});
