/**
 * The contract's JSON, made piece by piece: the report's envelope, then each file, each table and each
 * task and issue object serialised on its own (`JSON.stringify` per object), so that no single string
 * holds the whole report. The pieces joined are byte for byte `JSON.stringify(validatedReport, null, 2)`
 * with `pretty`, `JSON.stringify(validatedReport)` without.
 */
import { validIssueParams } from '../i18n/issueMessages';
import { issueSchema, reportSchema, taskSchema, type FileReport, type Report, type TableReport } from './schema';

export interface ReportJsonOptions {
  /** 2-space indentation, as `JSON.stringify(report, null, 2)`; compact otherwise. */
  pretty?: boolean;
  /**
   * Check each task and issue object against its zod schema (taskSchema, issueSchema, and the issue's
   * parameters against its code's) as it is serialised, and print what the schema returns. The envelope
   * (everything but the tasks and issues) is always checked.
   */
  validateEach?: boolean;
}

type Entry = [key: string, write: (indent: string) => Iterable<string>];

const STREAMED = new Set(['files', 'tables', 'tasks', 'issues']);

/** The report's JSON in pieces, checked against the contract's schema (see ReportJsonOptions). */
export function* reportJsonChunks(report: Report, options: ReportJsonOptions = {}): Generator<string> {
  const pretty = options.pretty ?? false;
  const validateEach = options.validateEach ?? true;
  // The envelope: the report with every table's tasks and issues left out, checked whole (cheap).
  const envelope = reportSchema.parse({
    ...report,
    files: report.files.map((f) => ({ ...f, tables: f.tables.map((t) => ({ ...t, tasks: [], issues: [] })) })),
  });
  const task = validateEach ? (t: unknown) => taskSchema.parse(t) : (t: unknown) => t;
  const issue = validateEach
    ? (i: unknown) => {
        const valid = issueSchema.parse(i);
        validIssueParams(valid);
        return valid;
      }
    : (i: unknown) => i;

  const nl = pretty ? '\n' : '';
  const step = pretty ? '  ' : '';
  const colon = pretty ? ': ' : ':';

  function leafText(value: unknown, indent: string): string {
    const text = pretty ? JSON.stringify(value, null, 2) : JSON.stringify(value);
    // JSON.stringify escapes every newline inside a string, so each "\n" here is between lines.
    return pretty && indent ? text.replace(/\n/g, '\n' + indent) : text;
  }

  function* leaf(value: unknown, indent: string): Generator<string> {
    yield leafText(value, indent);
  }

  /** An array of plain values (the tasks, the issues): one piece per item, no generator per item. */
  function* leafArray<T>(items: readonly T[], check: (item: T) => unknown, indent: string): Generator<string> {
    if (items.length === 0) {
      yield '[]';
      return;
    }
    const inner = indent + step;
    yield '[';
    for (let i = 0; i < items.length; i++)
      yield `${i === 0 ? '' : ','}${nl}${inner}${leafText(check(items[i]!), inner)}`;
    yield `${nl}${indent}]`;
  }

  function* object(entries: Entry[], indent: string): Generator<string> {
    if (entries.length === 0) {
      yield '{}';
      return;
    }
    const inner = indent + step;
    yield '{';
    for (let i = 0; i < entries.length; i++) {
      const [key, write] = entries[i]!;
      yield `${i === 0 ? '' : ','}${nl}${inner}${JSON.stringify(key)}${colon}`;
      yield* write(inner);
    }
    yield `${nl}${indent}}`;
  }

  function* array<T>(
    items: readonly T[],
    write: (item: T, indent: string, index: number) => Iterable<string>,
    indent: string,
  ): Generator<string> {
    if (items.length === 0) {
      yield '[]';
      return;
    }
    const inner = indent + step;
    yield '[';
    for (let i = 0; i < items.length; i++) {
      yield `${i === 0 ? '' : ','}${nl}${inner}`;
      yield* write(items[i]!, inner, i);
    }
    yield `${nl}${indent}]`;
  }

  /** The entries JSON.stringify would write for `shell`, in its order; `streamed` writes the big ones. */
  function entries(shell: object, streamed: (key: string) => ((indent: string) => Iterable<string>) | null): Entry[] {
    const out: Entry[] = [];
    for (const [key, value] of Object.entries(shell)) {
      if (value === undefined || typeof value === 'function' || typeof value === 'symbol') continue;
      const write = STREAMED.has(key) ? streamed(key) : null;
      out.push([key, write ?? ((indent) => leaf(value, indent))]);
    }
    return out;
  }

  const table = (shell: TableReport, source: TableReport, indent: string) =>
    object(
      entries(shell, (key) =>
        key === 'tasks'
          ? (ind) => leafArray(source.tasks, task, ind)
          : key === 'issues'
            ? (ind) => leafArray(source.issues, issue, ind)
            : null,
      ),
      indent,
    );

  const file = (shell: FileReport, source: FileReport, indent: string) =>
    object(
      entries(shell, (key) =>
        key === 'tables' ? (ind) => array(shell.tables, (t, ind2, n) => table(t, source.tables[n]!, ind2), ind) : null,
      ),
      indent,
    );

  yield* object(
    entries(envelope, (key) =>
      key === 'files' ? (ind) => array(envelope.files, (f, ind2, n) => file(f, report.files[n]!, ind2), ind) : null,
    ),
    '',
  );
}
