import { explainNaturalBreaks } from "./natural-breaks-sentence";

const classes = [
  { index: 1, min: 1, max: 2, count: 3 },
  { index: 2, min: 50, max: 52_000, count: 2 },
];

describe("explainNaturalBreaks", () => {
  it("gives the class, its range and the value", () => {
    expect(explainNaturalBreaks(2, classes, 600, "gross_profit")).toEqual({
      "zh-CN":
        "自然断点第 2 类（共 2 类，按毛利用 ckmeans 分组，第 1 类最低）：¥50 至 ¥5.2万；该客户 ¥600。",
      "en-US":
        "Natural-breaks class 2 of 2 (ckmeans on gross profit, class 1 lowest): ¥50 to ¥52.0K; this one ¥600.",
    });
  });

  it("says why there is no class", () => {
    expect(explainNaturalBreaks(null, classes, null, "sales_amount")["en-US"]).toBe(
      "No natural-breaks class: no sales."
    );
  });
});
