/* global Office, window, document, HTMLElement, HTMLButtonElement, KeyboardEvent */
// The message box the ribbon command opens when a run fails: shows the text from the query string
// (`?lang=vi|en&msg=…`) and asks the command's page to close it. Bundled with the commands build,
// so it is ES5 for Office 2019's IE11 webview; no URLSearchParams there, hence the small parser.

type Language = "vi" | "en";

const TEXT: Record<Language, { title: string; close: string }> = {
  vi: { title: "Không tạo được bảng tổng hợp", close: "Đóng" },
  en: { title: "The summary was not generated", close: "Close" },
};

/** Query parameters of a `?a=1&b=2` string, decoded; a malformed escape keeps its raw text. */
function readQuery(search: string): Record<string, string> {
  const params: Record<string, string> = {};
  const pairs = search.replace(/^\?/, "").split("&");
  for (let i = 0; i < pairs.length; i++) {
    if (pairs[i] === "") continue;
    const eq = pairs[i].indexOf("=");
    const key = eq < 0 ? pairs[i] : pairs[i].slice(0, eq);
    const raw = eq < 0 ? "" : pairs[i].slice(eq + 1).replace(/\+/g, " ");
    let value = raw;
    try {
      value = decodeURIComponent(raw);
    } catch {
      // keep the raw text rather than show nothing
    }
    params[key] = value;
  }
  return params;
}

function close(): void {
  try {
    Office.context.ui.messageParent("close");
  } catch {
    // Not opened by Office (e.g. the page viewed on its own): nothing to close.
  }
}

function show(): void {
  const params = readQuery(window.location.search);
  const language: Language = params.lang === "en" ? "en" : "vi";
  const text = TEXT[language];
  document.documentElement.setAttribute("lang", language);
  document.title = text.title;
  (document.getElementById("title") as HTMLElement).textContent = text.title;
  (document.getElementById("message") as HTMLElement).textContent = params.msg || "";
  const button = document.getElementById("close") as HTMLButtonElement;
  button.textContent = text.close;
  button.onclick = close;
  document.onkeydown = (event: KeyboardEvent) => {
    // "Esc" is IE11's name for the key.
    if (event.key === "Escape" || event.key === "Esc") close();
  };
  button.focus();
}

// messageParent works only once Office has initialised the dialog; the text is shown right away.
show();
Office.onReady(() => undefined);
