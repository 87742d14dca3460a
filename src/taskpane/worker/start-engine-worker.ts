import type { EngineWorker } from "./worker-engine";

/**
 * Starts the engine worker from its own bundle. Written as webpack 5 expects (`new Worker(new
 * URL(..., import.meta.url))`), which makes the worker a chunk of this build served from the
 * pane's origin: the page's worker-src 'self' allows it and nothing comes from the network. Only
 * the pane's entry imports this file; tests start no real worker.
 */
export function startEngineWorker(): EngineWorker {
  return new Worker(
    // @ts-expect-error -- import.meta is webpack's (the bundle is ES modules); tsc checks src as CommonJS.
    new URL(/* webpackChunkName: "engine-worker" */ "./engine.worker.ts", import.meta.url),
    { name: "tiersheet-engine" }
  ) as unknown as EngineWorker;
}
