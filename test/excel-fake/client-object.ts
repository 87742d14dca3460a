import { invalidOperation, itemNotFound, propertyNotLoaded } from "./errors";
import { jsonBytes } from "./meter";
import type { FakeMeter } from "./meter";
import type { FakeWorkbook } from "./model";

/** What a proxy needs of its request context: a queue that runs at sync, and the model it changes. */
export interface OpQueue {
  enqueue(op: Op): void;
  readonly model: FakeWorkbook;
  readonly meter: FakeMeter;
  /** False in benchmarks of huge writes: values and number formats are checked and metered, not kept. */
  readonly storeCells: boolean;
}

export interface Op {
  /** JSON size of what the call sends (arguments, values written). */
  requestBytes: number;
  /** A call that changes formats: counted apart, since per-cell formatting is what makes add-ins slow. */
  formatting?: boolean;
  /** Runs at sync; returns the bytes it adds to the response (loaded values). */
  run(): number | void;
}

function parseSpec(spec: string | string[] | undefined): string[][] {
  if (spec === undefined) return [[]];
  const list = Array.isArray(spec) ? spec : spec.split(",");
  return list
    .map((s) => s.trim())
    .filter((s) => s !== "")
    .map((s) => s.split("/").map((p) => p.trim()));
}

/**
 * A proxy in the manner of OfficeExtension.ClientObject: calls queue operations, properties can be
 * read only after `load` and a `sync`, and the object it stands for is found only when the queue runs.
 */
export abstract class FakeClientObject<T> {
  protected readonly loaded = new Map<string, unknown>();
  private readonly children = new Map<string, unknown>();
  private resolved = false;
  private cached: T | null = null;

  protected constructor(
    protected readonly queue: OpQueue,
    private readonly resolver: () => T | null,
    private readonly nullable: boolean,
    label: string,
    eager: boolean
  ) {
    // getItem and friends are sent at once: a missing item fails the sync even if never used.
    if (eager)
      queue.enqueue({ requestBytes: jsonBytes(label), run: () => void this.resolveOnce() });
  }

  get isNullObject(): boolean {
    if (!this.resolved) throw propertyNotLoaded("isNullObject");
    return this.cached === null;
  }

  /** The object this proxy stands for; only called while a sync runs the queue. */
  target(): T {
    const t = this.resolveOnce();
    if (t === null) throw invalidOperation("the object is a null object");
    return t;
  }

  load(spec?: string | string[]): this {
    const paths = parseSpec(spec);
    this.queue.enqueue({ requestBytes: jsonBytes(spec ?? ""), run: () => this.applyLoad(paths) });
    return this;
  }

  /** Fills `loaded` from the model; returns response bytes. */
  applyLoad(paths: string[][]): number {
    if (this.resolveOnce() === null) return 0;
    let bytes = 0;
    let items: FakeClientObject<unknown>[] | null = null;
    for (const path of paths) {
      if (path.length === 0) {
        for (const name of this.scalarNames()) bytes += this.loadScalar(name);
      } else if (path[0] === "items") {
        items ??= this.makeItems();
        this.loaded.set("items", items);
        for (const item of items) bytes += item.applyLoad([path.slice(1)]);
      } else if (path.length === 1 && this.scalarNames().includes(path[0])) {
        bytes += this.loadScalar(path[0]);
      } else {
        const child = this.child(path[0]);
        if (!child)
          throw new Error(`fake: ${this.constructor.name} cannot load "${path.join("/")}"`);
        bytes += child.applyLoad([path.slice(1)]);
      }
    }
    return bytes;
  }

  /** Navigation properties return the same proxy each time, as Office.js does, so loads stick to it. */
  protected memo<C>(name: string, make: () => C): C {
    if (!this.children.has(name)) this.children.set(name, make());
    return this.children.get(name) as C;
  }

  protected get<V>(name: string): V {
    if (!this.loaded.has(name)) throw propertyNotLoaded(name);
    return this.loaded.get(name) as V;
  }

  /** Queues a change to the model. */
  protected change(payload: unknown, run: (target: T) => void, formatting = false): void {
    this.queue.enqueue({
      requestBytes: jsonBytes(payload),
      formatting,
      run: () => {
        run(this.target());
      },
    });
  }

  protected abstract scalarNames(): readonly string[];
  protected abstract readScalar(name: string, target: T): unknown;

  protected child(name: string): FakeClientObject<unknown> | undefined {
    void name;
    return undefined;
  }

  protected makeItems(): FakeClientObject<unknown>[] {
    throw new Error(`fake: ${this.constructor.name} is not a collection`);
  }

  private loadScalar(name: string): number {
    const value = this.readScalar(name, this.target());
    this.loaded.set(name, value);
    return jsonBytes(value) + name.length + 3;
  }

  private resolveOnce(): T | null {
    if (!this.resolved) {
      this.cached = this.resolver();
      this.resolved = true;
      if (this.cached === null && !this.nullable) throw itemNotFound(this.constructor.name);
    }
    return this.cached;
  }
}
