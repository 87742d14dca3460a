import * as React from "react";
import {
  Badge,
  Body1,
  FluentProvider,
  Title2,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { HostState, RunMode } from "../office/watchHost";
import { paneText } from "../text/paneText";

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    boxSizing: "border-box",
    padding: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  // h1 and p keep their semantics for screen readers but not the browser's default margins.
  flush: { margin: 0 },
});

const BADGE_COLOR: Record<RunMode, "informative" | "success" | "warning"> = {
  starting: "informative",
  excel: "success",
  browser: "warning",
};

/** The task pane: product name, what it does, and where it runs. The working pane comes later. */
export function App({ state }: { state: HostState }): React.JSX.Element {
  const styles = useStyles();
  const text = paneText(state.lang, state.mode);
  return (
    <FluentProvider theme={webLightTheme} lang={state.lang}>
      <main className={styles.root}>
        <Title2 as="h1" className={styles.flush}>
          {text.title}
        </Title2>
        <Body1 as="p" className={styles.flush}>
          {text.description}
        </Body1>
        <div>
          <Badge
            appearance="tint"
            color={BADGE_COLOR[state.mode]}
            data-testid="run-mode"
            data-mode={state.mode}
          >
            {text.mode}
          </Badge>
        </div>
      </main>
    </FluentProvider>
  );
}
