import { decodeXmlText } from "./decode-xml-text";

describe("decodeXmlText", () => {
  it("decodes named, decimal and hex references and keeps unknown ones", () => {
    expect(decodeXmlText("a &amp; b &lt;&#20013;&#x6587;&gt; &nbsp;")).toBe("a & b <中文> &nbsp;");
  });
  it("reads raw CR and CRLF as LF, but a CR reference as CR", () => {
    expect(decodeXmlText("a\r\nb\rc&#13;")).toBe("a\nb\nc\r");
  });
});
