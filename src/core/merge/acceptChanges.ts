/**
 * Which changes of a merge plan are applied without a person ticking each one (the command line's
 * flags): a change with nothing to confirm always; one over a non-empty cell or from conflicting
 * reports only with `overwrite`; one from a weak match only when its confidence reaches
 * `minConfidence`; one from an ambiguous match never (the person re-points it in the pane, or keeps the
 * key column in the returned file).
 */
import type { CellChange, MergePlan } from './mergePlan';
import { WEAK_BELOW } from './matchTasks';

export interface AcceptPolicy {
  overwrite: boolean;
  /** Weak matches at or above this are applied; default WEAK_BELOW (none of them). */
  minConfidence: number;
}

export const DEFAULT_POLICY: AcceptPolicy = { overwrite: false, minConfidence: WEAK_BELOW };

export function isAccepted(change: CellChange, policy: AcceptPolicy): boolean {
  return change.confirm.every((reason) => {
    switch (reason) {
      case 'non-empty':
      case 'conflict':
        return policy.overwrite;
      case 'weak-match':
        return change.confidence >= policy.minConfidence;
      case 'ambiguous-match':
        return false;
    }
  });
}

export function acceptChanges(plan: MergePlan, policy: AcceptPolicy = DEFAULT_POLICY): CellChange[] {
  return plan.changes.filter((c) => isAccepted(c, policy));
}
