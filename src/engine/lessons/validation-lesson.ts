import { formatFinding } from "../../i18n/findings/format-finding";
import type { ScoreRun } from "../score-workbook";
import { both, type Exercise } from "./exercise";

/** Finding what is wrong with a customer file: the validator's own findings are the answers. */
export function validationExercises(run: ScoreRun): Exercise[] {
  const report = run.validation;
  const errors = report.findings.filter((f) => f.severity === "error");
  const warnings = report.findings.filter((f) => f.severity === "warning");
  const list = (findings: typeof errors, lang: "zh-CN" | "en-US") =>
    findings.map((f) => formatFinding(f, lang, run.template)).join("\n");
  return [
    {
      question: both(
        `找出这份客户档案中的 ${errors.length} 个错误（行号和问题）。`,
        `Find the ${errors.length} errors in this customer file (row and what is wrong).`
      ),
      answer: both(list(errors, "zh-CN"), list(errors, "en-US")),
    },
    {
      question: both(
        `还有 ${warnings.length} 处值得核实的地方（如疑似重复客户），分别在哪里？`,
        `There are ${warnings.length} more things worth checking (such as likely duplicate customers): where?`
      ),
      answer: both(list(warnings, "zh-CN"), list(warnings, "en-US")),
    },
  ];
}
