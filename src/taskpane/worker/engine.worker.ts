import { engineHandler } from "./handle-request";
import type { EngineRequest, EngineResponse } from "./protocol";

/** The part of a dedicated worker's global scope used here (the DOM typings describe a page's). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<EngineRequest>) => void) | null;
  postMessage(message: EngineResponse): void;
}

// The pane's engine worker: one job at a time (the pane runs one long task at a time), answered
// through the protocol. A cancel terminates this worker, so there is no cancel message to handle.
const scope = self as unknown as WorkerScope;
const handle = engineHandler((response) => scope.postMessage(response));
scope.onmessage = (event) => void handle(event.data);
