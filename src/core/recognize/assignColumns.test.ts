import { assignColumns } from './assignColumns';

describe('assignColumns', () => {
  it('takes the best total, not the best pair first', () => {
    // Greedy would give field 0 column 0 (0.9) and leave field 1 with nothing above the floor.
    expect(
      assignColumns(
        [
          [0.9, 0.8],
          [0.85, 0.1],
        ],
        0.5,
      ),
    ).toEqual([1, 0]);
  });
  it('leaves a field unmapped when no column reaches the floor', () => {
    expect(
      assignColumns(
        [
          [0.2, 0.4],
          [0.6, 0.7],
        ],
        0.5,
      ),
    ).toEqual([null, 1]);
  });
  it('maps each column at most once', () => {
    const got = assignColumns(
      [
        [1, 0],
        [0.9, 0],
        [0.8, 0],
      ],
      0.5,
    );
    expect(got.filter((c) => c === 0)).toHaveLength(1);
    expect(got).toEqual([0, null, null]);
  });
  it('handles more fields than columns and an empty matrix', () => {
    expect(assignColumns([], 0.5)).toEqual([]);
    expect(assignColumns([[0.7], [0.9], [0.6]], 0.5)).toEqual([null, 0, null]);
  });
});
