/**
 * The offsets of a column laid out by rowid (the values of rowid r from `first[r]` up to
 * `first[r + 1]`), laid out anew for `length` rowids with the `changed` ones rewritten: the runs of
 * unchanged rowids are copied by `copy` (their values from `first[from]` up to `first[to]`, to
 * `at`), each changed rowid is written by `write` (to `at`; it returns where the next goes), and
 * rowids past the old ones that did not change hold nothing. Time: the changes and one copy per run.
 */
export function relaidOffsets(first: Uint32Array, length: number, changed: ReadonlySet<number>, copy: (from: number, to: number, at: number) => void, write: (rowid: number, at: number) => number): Uint32Array {
  const known = first.length - 1;
  const offsets = new Uint32Array(length + 1);
  let at = 0;
  let rowid = 0;
  const copyUpTo = (upTo: number): void => {
    if (rowid >= upTo) return;
    const shift = at - first[rowid]!;
    for (let r = rowid; r < upTo; r += 1) offsets[r] = first[r]! + shift;
    copy(rowid, upTo, at);
    at += first[upTo]! - first[rowid]!;
    rowid = upTo;
  };
  for (const next of [...changed].sort((a, b) => a - b)) {
    copyUpTo(Math.min(next, known));
    for (let r = rowid; r <= next; r += 1) offsets[r] = at;
    at = write(next, at);
    rowid = next + 1;
  }
  copyUpTo(Math.min(known, length));
  for (let r = rowid; r <= length; r += 1) offsets[r] = at;
  return offsets;
}
