/**
 * C0 controls but newline and tab, DEL, C1 controls (0x9b is a one-byte CSI to some terminals), and
 * the bidirectional overrides and isolates that reorder what a terminal shows.
 */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text for a terminal with every control character written as a visible escape (ESC as \u001b):
 * a cell holding "ESC ]0;...BEL" or "ESC [2J" would otherwise retitle or clear the user's terminal
 * when `validate` quotes it. The escapes are JSON's, so JSON output stays valid JSON (JSON.stringify
 * already escapes C0 controls; this adds DEL, C1 and the bidi controls). Newlines and tabs stay.
 */
export function escapeControls(text: string): string {
  CONTROLS.lastIndex = 0;
  if (!CONTROLS.test(text)) return text;
  CONTROLS.lastIndex = 0;
  return text.replace(CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
