import { paneTranslator } from "../../i18n/pane";

/**
 * The pane asked about a run the engine worker no longer holds (a cancel or a crash ended the
 * worker, or a newer score replaced it): said in both languages, so the pane can ask for a new score.
 */
export function runGone(): Error {
  const error = new Error(paneTranslator("en-US")("runGone")) as Error & {
    messages?: Record<string, string>;
  };
  error.name = "RunGone";
  error.messages = {
    "zh-CN": paneTranslator("zh-CN")("runGone"),
    "en-US": paneTranslator("en-US")("runGone"),
  };
  return error;
}
