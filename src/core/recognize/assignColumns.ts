/**
 * The best joint assignment of fields to columns: each field at most one column, each column at most
 * one field, the largest total score (the Hungarian method on a fields × columns matrix, with a
 * "no column" choice for every field). Pairs below `minScore` are never chosen.
 */
export function assignColumns(scores: number[][], minScore: number): (number | null)[] {
  const n = scores.length;
  if (n === 0) return [];
  const cols = scores[0]!.length;
  // Columns 0..cols-1 real, then n "no column" slots. Costs are minimised: cost = -score.
  const m = cols + n;
  const FORBIDDEN = 1e6;
  const cost = (i: number, j: number): number => {
    if (j >= cols) return 0;
    const s = scores[i]![j]!;
    return s >= minScore ? -s : FORBIDDEN;
  };
  // e-maxx formulation, 1-based, rows ≤ columns.
  const u = new Array<number>(n + 1).fill(0);
  const v = new Array<number>(m + 1).fill(0);
  const p = new Array<number>(m + 1).fill(0);
  const way = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Array<number>(m + 1).fill(Infinity);
    const used = new Array<boolean>(m + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = p[j0]!;
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const cur = cost(i0 - 1, j - 1) - u[i0]! - v[j]!;
        if (cur < minv[j]!) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          u[p[j]!] = u[p[j]!]! + delta;
          v[j] = v[j]! - delta;
        } else minv[j] = minv[j]! - delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0]!;
      p[j0] = p[j1]!;
      j0 = j1;
    } while (j0);
  }
  const out: (number | null)[] = new Array(n).fill(null);
  for (let j = 1; j <= cols; j++) {
    const i = p[j]!;
    if (i > 0 && scores[i - 1]![j - 1]! >= minScore) out[i - 1] = j - 1;
  }
  return out;
}
