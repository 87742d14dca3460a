import {
  CHART_NS,
  absoluteRef,
  categoryXml,
  escapeXml,
  valueAxisXml,
  valuesXml,
} from "./chart-xml";
import { elements, parseXml, texts, vals } from "../xml-check.test-helper";
import { sampleSpec } from "./test-specs.test-helper";

const wrap = (inner: string) => parseXml(`<c:root xmlns:c="${CHART_NS}">${inner}</c:root>`);

describe("escapeXml", () => {
  it("escapes the five XML specials", () => {
    expect(escapeXml(`<a & "b" 'c'>`)).toBe("&lt;a &amp; &quot;b&quot; &apos;c&apos;&gt;");
  });
  it("drops control characters XML 1.0 cannot hold but keeps tab and newline", () => {
    expect(escapeXml("a\u0001b\tc\nd")).toBe("ab\tc\nd");
  });
});

describe("absoluteRef", () => {
  it("quotes the sheet name, doubles its quotes and makes both corners absolute", () => {
    expect(absoluteRef({ sheet: "客户's 分级", range: "b2:B10" })).toBe(
      "'客户''s 分级'!$B$2:$B$10"
    );
  });
  it("keeps a single cell single and accepts corners already absolute", () => {
    expect(absoluteRef({ sheet: "Tiers", range: "$C$5" })).toBe("'Tiers'!$C$5");
  });
  it("refuses something that is not an address", () => {
    expect(() => absoluteRef({ sheet: "Tiers", range: "B:B" })).toThrow("Not a cell address");
  });
});

describe("categoryXml and valuesXml", () => {
  const spec = sampleSpec();
  it("caches every category label as a string point", () => {
    const doc = wrap(categoryXml(spec));
    expect(texts(doc, CHART_NS, "f")).toEqual(["'客户''s 分级'!$A$2:$A$4"]);
    expect(vals(doc, CHART_NS, "ptCount")).toEqual(["3"]);
    expect(texts(doc, CHART_NS, "v")).toEqual(["VIP", "Major", "Ordinary"]);
  });
  it("caches numbers with their index and format, leaving gaps for empty cells", () => {
    const doc = wrap(valuesXml(spec.series[0]));
    expect(texts(doc, CHART_NS, "formatCode")).toEqual(["#,##0"]);
    expect(vals(doc, CHART_NS, "ptCount")).toEqual(["3"]);
    const points = elements(doc, CHART_NS, "pt").map((p) => [p.getAttribute("idx"), p.textContent]);
    expect(points).toEqual([
      ["0", "3"],
      ["2", "12.5"],
    ]);
  });
  it("uses General when the series has no format", () => {
    const doc = wrap(valuesXml({ ...spec.series[0], formatCode: undefined }));
    expect(texts(doc, CHART_NS, "formatCode")).toEqual(["General"]);
  });
});

describe("valueAxisXml", () => {
  it("writes max before min inside scaling, as the schema orders them", () => {
    const doc = wrap(valueAxisXml({ id: 1, crossAx: 2, position: "r", min: 0, max: 1 }));
    const scaling = elements(doc, CHART_NS, "scaling")[0];
    expect(
      Array.from(scaling.childNodes as unknown as ArrayLike<Element>).map((n) => n.localName)
    ).toEqual(["orientation", "max", "min"]);
  });
});
