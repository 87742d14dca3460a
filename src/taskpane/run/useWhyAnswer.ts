import * as React from "react";
import type { PaneRun } from "./pane-run";
import type { WhyAnswer } from "./why-answer";

/** Where a Why? question stands: nothing asked, waiting, answered (null: no customer there), failed. */
export type WhyState =
  | { kind: "none" }
  | { kind: "asking" }
  | { kind: "answered"; answer: WhyAnswer | null }
  | { kind: "failed"; error: unknown };

/**
 * The Why? answer for sheet row `row` of `run`, asked of wherever the run is held. Only the answer
 * to the row asked last is kept: typing "123" asks for 1, 12 and 123, and they may come back in
 * any order.
 */
export function useWhyAnswer(run: PaneRun, row: number | null): WhyState {
  const [state, setState] = React.useState<{ key: string; state: WhyState } | null>(null);
  const key = `${row}`;
  React.useEffect(() => {
    if (row === null) return;
    let current = true;
    setState({ key, state: { kind: "asking" } });
    run.why(row).then(
      (answer) => current && setState({ key, state: { kind: "answered", answer } }),
      (error: unknown) => current && setState({ key, state: { kind: "failed", error } })
    );
    return () => {
      current = false;
    };
  }, [run, row, key]);
  if (row === null) return { kind: "none" };
  return state !== null && state.key === key ? state.state : { kind: "asking" };
}
