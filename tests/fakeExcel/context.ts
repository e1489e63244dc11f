/**
 * Batching as Office.js does it: methods and property writes are queued and run, in order, at
 * context.sync(); a property can be read only after it was loaded and a sync ran, otherwise the read
 * throws PropertyNotLoaded. Every sync is recorded with its operation count and payload sizes, and a
 * batch over Excel on the web's limits (5 MB request or response, 5,000,000 cells read) is refused.
 */
export const WEB_LIMIT_BYTES = 5 * 1024 * 1024;
export const CELL_READ_LIMIT = 5_000_000;

export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

export interface SyncRecord {
  operations: number;
  requestBytes: number;
  responseBytes: number;
  cellsRead: number;
}

type Op = () => void;

/** Bytes on the wire, as Excel on the web counts its 5 MB: UTF-8 of the JSON. */
const size = (v: unknown): number => Buffer.byteLength(JSON.stringify(v) ?? '', 'utf8');

export class FakeContext {
  private queue: { op: Op; bytes: number }[] = [];
  private responseBytes = 0;
  private cellsRead = 0;
  readonly syncs: SyncRecord[];
  /** Set by the batch: whether this context's batch is over (objects can no longer be used). */
  closed = false;
  /** A test's fault: this sync (1-based, within the batch) fails as a dropped connection would. */
  failAt: number | null = null;
  /** The code that sync fails with (Office's ErrorCodes). */
  failCode = 'GeneralException';
  /** Runs as each sync starts, before its operations (the host's person acting between two syncs, edit mode). */
  beforeSync: ((sync: number) => void) | null = null;

  constructor(syncs: SyncRecord[]) {
    this.syncs = syncs;
  }

  /** Queue an operation; `payload` is what it would send (values, formulas …) for the request size. */
  enqueue(op: Op, payload?: unknown): void {
    if (this.closed) throw new FakeOfficeError('InvalidObjectPath', 'the batch this object belongs to has ended');
    this.queue.push({ op, bytes: 50 + (payload === undefined ? 0 : size(payload)) });
  }

  /** Called by loads at sync time: what they return counts toward the response. */
  respond(value: unknown, cells = 0): void {
    this.responseBytes += size(value);
    this.cellsRead += cells;
  }

  async sync(): Promise<void> {
    if (this.closed) throw new FakeOfficeError('InvalidObjectPath', 'sync after the batch ended');
    const batch = this.queue;
    this.queue = [];
    const requestBytes = batch.reduce((n, q) => n + q.bytes, 0);
    try {
      this.beforeSync?.(this.syncs.length + 1);
    } catch (e) {
      this.syncs.push({ operations: batch.length, requestBytes, responseBytes: 0, cellsRead: 0 });
      throw e;
    }
    if (this.failAt !== null && this.syncs.length + 1 === this.failAt) {
      this.syncs.push({ operations: batch.length, requestBytes, responseBytes: 0, cellsRead: 0 });
      throw new FakeOfficeError(this.failCode, `a fault the test asked for (${this.failCode})`);
    }
    this.responseBytes = 0;
    this.cellsRead = 0;
    if (requestBytes > WEB_LIMIT_BYTES) {
      this.syncs.push({ operations: batch.length, requestBytes, responseBytes: 0, cellsRead: 0 });
      throw new FakeOfficeError('RequestPayloadSizeLimitExceeded', `request of ${requestBytes} bytes`);
    }
    for (const { op } of batch) op();
    const record = {
      operations: batch.length,
      requestBytes,
      responseBytes: this.responseBytes,
      cellsRead: this.cellsRead,
    };
    this.syncs.push(record);
    if (record.responseBytes > WEB_LIMIT_BYTES)
      throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded', `response of ${record.responseBytes} bytes`);
    if (record.cellsRead > CELL_READ_LIMIT)
      throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded', `read of ${record.cellsRead} cells`);
    await Promise.resolve();
  }
}

/**
 * Base of every proxy. `props` are the loadable scalar properties; navigation properties and
 * methods are defined by subclasses. load() queues a snapshot taken when the batch runs.
 */
export abstract class FakeClientObject {
  private readonly loaded = new Map<string, unknown>();
  private synced = false;

  constructor(readonly context: FakeContext) {}

  /** Current value of a loadable property, computed from the model at sync time. */
  protected abstract snapshot(prop: string): unknown;

  /** Cells a load of this property reads (for the 5,000,000-cell limit). */
  protected cellsFor(_prop: string): number {
    return 0;
  }

  /** Navigation properties that load('a/b') may descend into. */
  protected navigate(_prop: string): FakeClientObject | FakeClientObject[] | null {
    return null;
  }

  load(spec?: string | string[] | Record<string, unknown>): this {
    const props =
      typeof spec === 'string'
        ? spec.split(',').map((s) => s.trim())
        : Array.isArray(spec)
          ? spec
          : spec
            ? Object.keys(spec)
            : [];
    this.context.enqueue(() => this.runLoad(props));
    return this;
  }

  /** Executed at sync. */
  runLoad(props: string[]): void {
    this.synced = true;
    const direct: string[] = [];
    const nested = new Map<string, string[]>();
    for (const p of props) {
      const [head, ...rest] = p.split('/');
      if (rest.length) nested.set(head!, [...(nested.get(head!) ?? []), rest.join('/')]);
      else if (head) direct.push(head);
    }
    for (const p of direct) {
      const v = this.snapshot(p);
      this.loaded.set(p, v);
      this.context.respond(v, this.cellsFor(p));
    }
    for (const [head, sub] of nested) {
      const target = this.navigate(head);
      if (Array.isArray(target)) {
        this.loaded.set(head, target);
        for (const t of target) t.runLoad(sub);
      } else if (target) target.runLoad(sub);
    }
  }

  markSynced(): void {
    this.synced = true;
  }

  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop)) {
      throw new FakeOfficeError(
        'PropertyNotLoaded',
        `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this.loaded.get(prop) as T;
  }

  protected get wasSynced(): boolean {
    return this.synced;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}
