export {
  readDeadline,
  readDeadlineChecked,
  isPlaceholderDeadline,
  type DeadlineInput,
  type DeadlineContext,
  type DeadlineReading,
} from './readDeadline';
export type { Deadline, DeadlineKind, Milestone } from '../report/schema';
