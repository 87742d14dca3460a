import { ENTERPRISE_TEMPLATE } from "../../engine/template/enterprise";
import { INDIVIDUAL_TEMPLATE } from "../../engine/template/individual";
import { TRANSACTIONS_TEMPLATE } from "../../engine/template/transactions";
import {
  chosenTemplate,
  choiceValue,
  DETECT,
  templateIdForSheet,
  templateSheetName,
  type TemplateChoice,
} from "./template-choice";

const fromSheet: TemplateChoice = {
  kind: "sheet",
  sheet: "模板",
  template: { ...INDIVIDUAL_TEMPLATE, id: "mine" },
};

describe("chosenTemplate", () => {
  it("detects when neither Check nor Settings picked one", () => {
    expect(chosenTemplate(null, DETECT)).toBeUndefined();
  });

  it("uses the Settings choice when Check has none: built-in or from a sheet", () => {
    expect(chosenTemplate(null, { kind: "builtin", id: "transactions" })).toBe(
      TRANSACTIONS_TEMPLATE
    );
    expect(chosenTemplate(null, fromSheet)?.id).toBe("mine");
  });

  it("lets the pick in Check win over Settings", () => {
    expect(chosenTemplate("enterprise", fromSheet)).toBe(ENTERPRISE_TEMPLATE);
  });
});

describe("choiceValue", () => {
  it("names each kind for the select", () => {
    expect(choiceValue(DETECT)).toBe("detect");
    expect(choiceValue({ kind: "builtin", id: "individual" })).toBe("individual");
    expect(choiceValue(fromSheet)).toBe("sheet");
  });
});

describe("template sheets", () => {
  it("names the sheet after the template and reads a built-in's id back, copies included", () => {
    expect(templateSheetName(TRANSACTIONS_TEMPLATE)).toBe("template-transactions");
    expect(templateIdForSheet("template-transactions")).toBe("transactions");
    expect(templateIdForSheet("template-individual (2)")).toBe("individual");
  });

  it("calls any other sheet's template custom", () => {
    expect(templateIdForSheet("我的模板")).toBe("custom");
    expect(templateIdForSheet("template-unknown")).toBe("custom");
  });
});
