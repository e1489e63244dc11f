export { readDeadline, isPlaceholderDeadline, type DeadlineInput, type DeadlineContext } from './readDeadline';
export type { Deadline, DeadlineKind, Milestone } from '../report/schema';
