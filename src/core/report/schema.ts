/**
 * The scan report contract (version 1), defined once: this file is the source of truth, and
 * docs/report-format.md says what each field means. Every type the engine hands to a writer is
 * inferred from these schemas. The engine makes findings (code + params, no text: `Scanned*`); the
 * edges render them into the contract's issues in the user's language.
 */
import { z } from 'zod';

export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const CANONICAL_FIELDS = [
  'no',
  'task',
  'output',
  'deadline',
  'lead',
  'coordinating',
  'authority',
  'leader',
  'status',
  'completedOn',
  'note',
] as const;
export const fieldSchema = z.enum(CANONICAL_FIELDS);
export type Field = z.infer<typeof fieldSchema>;

export const deadlineKindSchema = z.enum([
  'date',
  'month',
  'quarter',
  'half',
  'year',
  'range',
  'milestones',
  'recurring',
  'event',
  'none',
  'unknown',
]);
export type DeadlineKind = z.infer<typeof deadlineKindSchema>;

export const milestoneSchema = z.object({
  /** The piece of text this milestone was read from ("Khởi công năm 2026"). */
  text: z.string(),
  kind: deadlineKindSchema,
  start: isoDateSchema.nullable(),
  due: isoDateSchema.nullable(),
});
export type Milestone = z.infer<typeof milestoneSchema>;

export const deadlineSchema = z.object({
  text: z.string(),
  kind: deadlineKindSchema,
  start: isoDateSchema.nullable(),
  due: isoDateSchema.nullable(),
  milestones: z.array(milestoneSchema).optional(),
});
export type Deadline = z.infer<typeof deadlineSchema>;

export const taskStateSchema = z.enum([
  'done-on-time',
  'done-late',
  'open-on-track',
  'open-due-soon',
  'open-overdue',
  'no-deadline',
  'unknown',
]);
export type TaskState = z.infer<typeof taskStateSchema>;

/** What a column's cells are, as the column mapping weighs them (see recognize/columnEvidence.ts). */
export const CONTENT_KINDS = [
  'stt',
  'prose',
  'body',
  'person',
  'deadline',
  'date',
  'status',
  'mark',
  'figure',
  'citation',
  'clock',
] as const;
export const contentKindSchema = z.enum(CONTENT_KINDS);
export type ContentKind = z.infer<typeof contentKindSchema>;

/** Why a field was mapped to its column: header words, a share of its cells of a kind, or the user's choice. */
export const mappingReasonSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('header'), words: z.string(), weight: z.number() }),
  z.object({ kind: z.literal('content'), content: contentKindSchema, share: z.number().min(0).max(1) }),
  z.object({ kind: z.literal('user') }),
]);
export type MappingReason = z.infer<typeof mappingReasonSchema>;

export const severitySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof severitySchema>;

export const taskSchema = z.object({
  no: z.string(),
  row: z.number().int().positive(),
  rows: z.array(z.number().int().positive()),
  section: z.string().nullable(),
  task: z.string(),
  output: z.string(),
  lead: z.string(),
  leadKey: z.string(),
  coordinating: z.array(z.string()),
  authority: z.string(),
  leader: z.string().nullable(),
  deadline: deadlineSchema,
  state: taskStateSchema,
  // Extra fields (allowed by the contract).
  /** Where the leader came from: the table's own column, inferred from other tables, or the user's mapping. */
  leaderSource: z.enum(['column', 'inferred', 'mapping']).nullable().optional(),
  status: z.string().nullable().optional(),
  completedOn: isoDateSchema.nullable().optional(),
  note: z.string().optional(),
  /** Nesting depth: 0 for a numbered task, 1 for a sub-item ("-", "a)") under it. */
  level: z.number().int().nonnegative().optional(),
});
export type Task = z.infer<typeof taskSchema>;

/** A finding's parameters: what its message says, as data (each code's own shape is in ISSUE_DEFINITIONS). */
export const issueParamsSchema = z.record(z.string(), z.union([z.string(), z.number()]));
export type IssueParams = z.infer<typeof issueParamsSchema>;

/** A finding as the engine makes it: code, severity, cell, STT and parameters; no text. */
export const findingSchema = z.object({
  code: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  severity: severitySchema,
  row: z.number().int().positive(),
  column: z.string().nullable(),
  no: z.string().nullable(),
  params: issueParamsSchema,
});
export type Finding = z.infer<typeof findingSchema>;

/** A finding with its message rendered in the report's language: the contract's issue. */
export const issueSchema = findingSchema.extend({ message: z.string() });
export type Issue = z.infer<typeof issueSchema>;

export const summaryRowSchema = z.object({
  key: z.string(),
  label: z.string(),
  total: z.number().int().nonnegative(),
  doneOnTime: z.number().int().nonnegative(),
  doneLate: z.number().int().nonnegative(),
  openOnTrack: z.number().int().nonnegative(),
  openDueSoon: z.number().int().nonnegative(),
  openOverdue: z.number().int().nonnegative(),
  noDeadline: z.number().int().nonnegative(),
  unknown: z.number().int().nonnegative(),
});
export type SummaryRow = z.infer<typeof summaryRowSchema>;

export const summarySchema = z.object({
  byLead: z.array(summaryRowSchema),
  byLeader: z.array(summaryRowSchema),
  unassigned: z.number().int().nonnegative(),
});
export type Summary = z.infer<typeof summarySchema>;

export const columnsSchema = z.partialRecord(fieldSchema, z.string().regex(/^[A-Z]+$/));
export type ColumnLetters = z.infer<typeof columnsSchema>;

export const countsSchema = z.object({
  tasks: z.number().int().nonnegative(),
  sections: z.number().int().nonnegative(),
  repeatedHeaders: z.number().int().nonnegative(),
  continuations: z.number().int().nonnegative(),
  blank: z.number().int().nonnegative(),
  notes: z.number().int().nonnegative().optional(),
});

export const tableReportSchema = z.object({
  sheet: z.string(),
  range: z.string(),
  headerRow: z.number().int().positive(),
  title: z.string().nullable(),
  documentDate: isoDateSchema.nullable(),
  columns: columnsSchema,
  counts: countsSchema,
  tasks: z.array(taskSchema),
  issues: z.array(issueSchema),
  summary: summarySchema,
  // Extras.
  /** How much of the document date was written: "day", "month" or "year" (the rest was left blank). */
  documentDatePrecision: z.enum(['day', 'month', 'year']).nullable().optional(),
  /** Header text of each mapped column, as written. */
  headers: z.partialRecord(fieldSchema, z.string()).optional(),
  /** Every header cell of the table, left to right: what a person may map a field to. */
  headerCells: z.array(z.object({ column: z.string(), text: z.string() })).optional(),
  /** How sure the recogniser is of each mapping, 0..1. */
  confidence: z.partialRecord(fieldSchema, z.number().min(0).max(1)).optional(),
  /** Why each field was mapped to its column: header words, shares of cells of a kind, or the user's choice. */
  reasons: z.partialRecord(fieldSchema, z.array(mappingReasonSchema)).optional(),
  /** How the table was found: by its header's words, or by rows that read as tasks. */
  foundBy: z.enum(['header', 'body', 'user']).optional(),
  /** Header rows the table has: 0 (none: headerRow is then the first body row), 1 or 2. */
  headerHeight: z.number().int().min(0).max(2).optional(),
  /** Section rows in order: sheet row, STT and title, nesting level. */
  sections: z
    .array(z.object({ row: z.number().int().positive(), no: z.string(), title: z.string(), level: z.number().int() }))
    .optional(),
});
export type TableReport = z.infer<typeof tableReportSchema>;

/** The engine's table: the contract's, with findings where the contract has rendered issues. */
export const scannedTableSchema = tableReportSchema.extend({ issues: z.array(findingSchema) });
export type ScannedTable = z.infer<typeof scannedTableSchema>;

export const fileErrorSchema = z.object({ code: z.string(), message: z.string() });

export const fileReportSchema = z.object({
  path: z.string(),
  error: fileErrorSchema.nullable(),
  tables: z.array(tableReportSchema),
});
export type FileReport = z.infer<typeof fileReportSchema>;

export const scannedFileSchema = fileReportSchema.extend({ tables: z.array(scannedTableSchema) });
export type ScannedFile = z.infer<typeof scannedFileSchema>;

export const reportSchema = z.object({
  version: z.literal(1),
  asOf: isoDateSchema,
  dueSoonDays: z.number().int().nonnegative(),
  files: z.array(fileReportSchema),
});
export type Report = z.infer<typeof reportSchema>;

/** The engine's report: the contract's, before its findings are rendered (`renderReport`). */
export const scannedReportSchema = reportSchema.extend({ files: z.array(scannedFileSchema) });
export type ScannedReport = z.infer<typeof scannedReportSchema>;
