// Base of every proxy object (Range, Worksheet, ...): `load()` queues property reads, which are filled
// at `sync()`; reading a property that was not loaded and synced throws PropertyNotLoaded.
// An object is resolved (its sheet or cells looked up) at the sync that follows its creation; a
// `...OrNullObject` that found nothing is a null object, whose loaded properties are all null.

import type { MemoryContext } from "./context";
import { propertyNotLoaded } from "./errors";
import { jsonBytes } from "./limits";

/** The forms office.js accepts: "a, b/c", ["a", "b"], { select: "a,b", expand: "c" }, { a: true, c: { d: true } }. */
export type LoadSpec =
  | string
  | string[]
  | { select?: string | string[]; expand?: string | string[] }
  | { [property: string]: unknown };

export function loadPaths(spec: LoadSpec | undefined): string[] {
  if (spec === undefined) return [];
  const split = (s: string | string[]): string[] =>
    (Array.isArray(s) ? s : s.split(",")).map((p) => p.trim()).filter((p) => p !== "");
  if (typeof spec === "string" || Array.isArray(spec)) return split(spec);
  const obj = spec as Record<string, unknown>;
  if ("select" in obj || "expand" in obj) {
    return [
      ...split((obj.select as string | string[] | undefined) ?? []),
      ...split((obj.expand as string | string[] | undefined) ?? []),
    ];
  }
  const paths: string[] = [];
  for (const [key, v] of Object.entries(obj)) {
    if (v === true) paths.push(key);
    else if (v && typeof v === "object")
      for (const sub of loadPaths(v as LoadSpec)) paths.push(`${key}/${sub}`);
  }
  return paths;
}

export abstract class ClientObject<T> {
  /** undefined: not resolved yet (before the sync); null: a null object. */
  private target: T | null | undefined;
  private readonly loaded = new Map<string, unknown>();

  constructor(
    protected readonly ctx: MemoryContext,
    /** The Excel class name, for error locations ("Range", "Worksheet"). */
    protected readonly className: string,
    private readonly resolver: () => T | null,
    preResolved?: T
  ) {
    if (preResolved !== undefined) this.target = preResolved;
    else ctx.enqueue(() => void this.resolveNow());
  }

  get context(): MemoryContext {
    return this.ctx;
  }

  /** Resolves once; later actions use the same target, like an object reference in Excel. */
  resolveNow(): T | null {
    if (this.target === undefined) this.target = this.resolver();
    return this.target;
  }

  get isNullObject(): boolean {
    if (this.target === undefined) throw propertyNotLoaded("isNullObject", this.className);
    return this.target === null;
  }

  /** Scalar properties loaded by a bare `load()`. */
  protected abstract readonly defaultProperties: readonly string[];

  /** A property's value at sync time. */
  protected abstract snapshot(property: string, target: T): unknown;

  /** Navigation properties (`format`, `font`...), loaded through "format/font/bold" paths. */
  protected navigation(_name: string): ClientObject<unknown> | undefined {
    return undefined;
  }

  /** Counted in the read statistics (range payloads only). */
  protected payloadSize(_property: string, _target: T): number {
    return 0;
  }

  load(spec?: LoadSpec): this {
    const own: string[] = [];
    const paths = loadPaths(spec);
    if (paths.length === 0) own.push(...this.defaultProperties);
    for (const path of paths) {
      const [head, ...rest] = path.split("/");
      const nav = this.navigation(head);
      if (nav) nav.load(rest.length > 0 ? rest.join("/") : undefined);
      else if (head === "$all" || head === "*") own.push(...this.defaultProperties);
      else own.push(head);
    }
    if (own.length > 0) {
      this.ctx.enqueue(() => {
        const t = this.resolveNow();
        for (const p of own) {
          if (t === null) this.loaded.set(p, null);
          else {
            const value = this.snapshot(p, t);
            this.loaded.set(p, value);
            this.ctx.stats.cellsRead += this.payloadSize(p, t);
            // Collection items count through their own loads; everything else is shipped as JSON.
            if (!(Array.isArray(value) && value[0] instanceof ClientObject))
              this.ctx.addResponseBytes(jsonBytes({ [p]: value }));
          }
        }
      });
    }
    return this;
  }

  /** A loaded value; throws PropertyNotLoaded like office.js when it was not loaded and synced. */
  protected read<V>(property: string): V {
    if (!this.loaded.has(property)) throw propertyNotLoaded(property, this.className);
    return this.loaded.get(property) as V;
  }

  /** office.js keeps a value the caller set, so it can be read back without a load. */
  protected remember(property: string, value: unknown): void {
    this.loaded.set(property, value);
  }

  protected hasLoaded(property: string): boolean {
    return this.loaded.has(property);
  }

  /** Queues a change to apply at sync (skipped on a null object). */
  protected queue(change: (target: T) => void): void {
    this.ctx.enqueue(() => {
      const t = this.resolveNow();
      if (t !== null) change(t);
    });
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

/** `ClientResult<T>` of office.js: `value` is there after the sync. */
export class ClientResult<T> {
  private done = false;
  private result: T | undefined;

  constructor(ctx: MemoryContext, compute: () => T) {
    ctx.enqueue(() => {
      this.result = compute();
      this.done = true;
    });
  }

  get value(): T {
    if (!this.done) throw propertyNotLoaded("value", "ClientResult");
    return this.result as T;
  }
}
