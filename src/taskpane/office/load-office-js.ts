/** Where Office.js is served from inside Office (Microsoft's CDN); the page's CSP allows only it. */
export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** The part of `document` this module touches. */
export interface ScriptDocument {
  createElement(tag: "script"): {
    src: string;
    async: boolean;
    addEventListener(type: "load" | "error", listener: () => void): void;
  };
  head: { appendChild(node: unknown): unknown };
}

/**
 * Starts loading Office.js without holding up the page: a script tag in the head would keep the
 * pane blank for as long as a slow or unreachable CDN takes. Resolves when it has loaded, rejects
 * when it failed (outside Office on a machine without internet it fails at once).
 */
export function loadOfficeJs(doc: ScriptDocument, url: string = OFFICE_JS_URL): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = doc.createElement("script");
    script.async = true;
    script.addEventListener("load", () => resolve());
    script.addEventListener("error", () => reject(new Error(`Office.js did not load from ${url}`)));
    script.src = url;
    doc.head.appendChild(script);
  });
}
