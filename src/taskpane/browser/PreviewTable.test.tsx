import { renderToStaticMarkup } from "react-dom/server";
import { buildPreview } from "../model/preview";
import { PreviewTable } from "./PreviewTable";

const STYLES = Object.fromEntries(
  [
    "scroll",
    "table",
    "cell",
    "corner",
    "colHead",
    "rowHead",
    "error",
    "warning",
    "info",
    "selected",
  ].map((k) => [k, k])
) as Parameters<typeof PreviewTable>[0]["styles"];

describe("PreviewTable", () => {
  it("renders again only when its props change: a progress report must not redraw thousands of cells", () => {
    // React.memo's marker: without it every re-render of the pane (each progress step) redraws it.
    expect((PreviewTable as unknown as { $$typeof: symbol }).$$typeof).toBe(
      Symbol.for("react.memo")
    );
  });

  it("shows the cells, marks problems and highlights, and the selection", () => {
    const preview = buildPreview(
      {
        name: "S",
        rows: [
          ["id", "v"],
          ["C1", 5],
        ],
      },
      [{ row: 2, column: "B", severity: "error" } as never]
    );
    const html = renderToStaticMarkup(
      <PreviewTable
        preview={preview}
        highlighted={new Map([["A2", "warning"]])}
        selected="A1"
        onSelect={() => undefined}
        styles={STYLES}
      />
    );
    expect(html).toContain('data-mark="error"');
    expect(html).toContain('data-mark="warning"');
    expect(html).toContain("cell  selected");
    expect(html).toContain(">C1</td>");
  });
});
