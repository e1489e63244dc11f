/**
 * A sheet as a spreadsheet grid: values as Excel shows them, merged cells spanning their area, the
 * add-in's highlights, and the selected cell (scrolled into view). Only the rows in view are in the
 * DOM, so a 10,000-row appendix scrolls smoothly.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import type ExcelJS from 'exceljs';
import { columnLetter, parseRangeAddress, rangeAddress } from '../core/a1';
import { mergeAt, type MergeInfo } from '../core/grid';
import { HIGHLIGHT_COLORS, type HighlightKind } from '../core/plans/highlightPlan';
import { readWorksheet } from '../files/excelJsGrid';

const ROW_H = 22;
const HEAD_H = 22;
const NUM_W = 48;
const OVERSCAN = 8;

const useStyles = makeStyles({
  scroller: {
    position: 'relative',
    overflow: 'auto',
    flex: 1,
    minHeight: 0,
    backgroundColor: tokens.colorNeutralBackground1,
    outlineOffset: '-2px',
    userSelect: 'none',
  },
  cell: {
    position: 'absolute',
    boxSizing: 'border-box',
    borderRight: '1px solid #e1e1e1',
    borderBottom: '1px solid #e1e1e1',
    padding: '2px 4px',
    overflow: 'hidden',
    whiteSpace: 'nowrap',
    textOverflow: 'ellipsis',
    fontSize: '12px',
    lineHeight: '17px',
    color: '#1f1f1f',
  },
  merged: { whiteSpace: 'normal', backgroundColor: '#fff' },
  head: {
    position: 'sticky',
    zIndex: 2,
    backgroundColor: '#f3f3f3',
    color: '#333',
    textAlign: 'center',
    fontSize: '11px',
    borderRight: '1px solid #d0d0d0',
    borderBottom: '1px solid #d0d0d0',
    boxSizing: 'border-box',
  },
  selected: { outline: '2px solid #107c41', outlineOffset: '-2px', zIndex: 1 },
});

export interface Selection {
  sheet: string;
  address: string;
}

function parseCell(address: string): { row: number; col: number } {
  const box = parseRangeAddress(address);
  return box ? { row: box.top, col: box.left } : { row: 0, col: 0 };
}

type Point = { row: number; col: number };

function boxOf(a: Point, b: Point): string {
  return rangeAddress(Math.min(a.row, b.row), Math.min(a.col, b.col), Math.max(a.row, b.row), Math.max(a.col, b.col));
}

export function SheetView({
  worksheet,
  version,
  highlights,
  selection,
  label,
  onSelect,
}: {
  worksheet: ExcelJS.Worksheet;
  version: number;
  highlights: Map<string, string>;
  selection: Selection | null;
  label: string;
  /** A cell or range the person selected on the grid (click, drag, shift+click). */
  onSelect?: (address: string) => void;
}) {
  const styles = useStyles();
  const scroller = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ top: 0, height: 600 });
  const grid = useMemo(() => readWorksheet(worksheet), [worksheet, version]); // eslint-disable-line react-hooks/exhaustive-deps
  const columns = useMemo(() => {
    let n = 0;
    for (const r of grid.rows) n = Math.max(n, r.length);
    return Math.max(n, 8);
  }, [grid]);
  const lefts = useMemo(() => {
    const out = [NUM_W];
    for (let c = 0; c < columns; c++) {
      const w = worksheet.getColumn(c + 1).width;
      out.push(out[c]! + Math.min(380, Math.max(48, Math.round((w ?? 10) * 7))));
    }
    return out;
  }, [worksheet, columns]);
  const rows = Math.max(grid.rows.length, 30);
  const merges: readonly MergeInfo[] = grid.merges ?? [];
  const selected = selection && selection.sheet === worksheet.name ? parseCell(selection.address) : null;
  const selectedBox = selection && selection.sheet === worksheet.name ? parseRangeAddress(selection.address) : null;
  const anchor = useRef<Point | null>(null);
  const dragging = useRef(false);
  /** The cell under a mouse position, from the grid's geometry. */
  const cellAt = (e: { clientX: number; clientY: number }): Point | null => {
    const el = scroller.current;
    if (!el) return null;
    const rect = el.getBoundingClientRect();
    const x = e.clientX - rect.left + el.scrollLeft;
    const y = e.clientY - rect.top + el.scrollTop;
    if (x < NUM_W || y < HEAD_H) return null;
    const row = Math.floor((y - HEAD_H) / ROW_H);
    let col = 0;
    while (col < columns - 1 && lefts[col + 1]! <= x) col++;
    return { row, col };
  };
  const onMouseDown = (e: MouseEvent) => {
    const p = cellAt(e);
    if (!p || !onSelect) return;
    if (e.shiftKey && anchor.current) onSelect(boxOf(anchor.current, p));
    else {
      anchor.current = p;
      onSelect(`${columnLetter(p.col)}${p.row + 1}`);
    }
    dragging.current = true;
  };
  const onMouseMove = (e: MouseEvent) => {
    if (!dragging.current || !anchor.current || !onSelect) return;
    const p = cellAt(e);
    if (p) onSelect(boxOf(anchor.current, p));
  };
  const onMouseUp = () => {
    dragging.current = false;
  };

  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const update = () => setView({ top: el.scrollTop, height: el.clientHeight || 600 });
    update();
    el.addEventListener('scroll', update, { passive: true });
    window.addEventListener('resize', update);
    return () => {
      el.removeEventListener('scroll', update);
      window.removeEventListener('resize', update);
    };
  }, []);

  // A newly shown sheet starts at its top-left corner (unless a selection takes it elsewhere).
  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    el.scrollTop = 0;
    el.scrollLeft = 0;
    setView({ top: 0, height: el.clientHeight || 600 });
  }, [worksheet]);

  useEffect(() => {
    const el = scroller.current;
    if (!el || !selected) return;
    const top = HEAD_H + selected.row * ROW_H;
    if (top < el.scrollTop + HEAD_H || top + ROW_H > el.scrollTop + el.clientHeight)
      el.scrollTop = Math.max(0, top - el.clientHeight / 2);
    const left = lefts[selected.col] ?? 0;
    if (left < el.scrollLeft + NUM_W || left > el.scrollLeft + el.clientWidth - 80)
      el.scrollLeft = Math.max(0, left - NUM_W - 40);
    setView({ top: el.scrollTop, height: el.clientHeight || 600 });
  }, [selection?.sheet, selection?.address, worksheet]); // eslint-disable-line react-hooks/exhaustive-deps

  const first = Math.max(0, Math.floor(view.top / ROW_H) - OVERSCAN);
  const last = Math.min(rows - 1, Math.ceil((view.top + view.height) / ROW_H) + OVERSCAN);
  const cells: ReactNode[] = [];
  const place = (row: number, col: number, rowSpan: number, colSpan: number, text: string, merged: boolean) => {
    const address = `${columnLetter(col)}${row + 1}`;
    const kind = highlights.get(address) as HighlightKind | undefined;
    const isSelected = selected?.row === row && selected.col === col;
    cells.push(
      <div
        key={address}
        className={`${styles.cell} ${merged ? styles.merged : ''} ${isSelected ? styles.selected : ''}`}
        data-address={address}
        data-highlight={kind}
        data-selected={isSelected ? 'true' : undefined}
        title={text.length > 30 ? text : undefined}
        style={{
          top: HEAD_H + row * ROW_H,
          left: lefts[col],
          width: lefts[col + colSpan]! - lefts[col]!,
          height: rowSpan * ROW_H,
          background: kind ? HIGHLIGHT_COLORS[kind] : undefined,
        }}
      >
        {text}
      </div>,
    );
  };
  for (const m of merges) {
    if (m.bottom < first || m.top > last) continue;
    place(
      m.top,
      m.left,
      m.bottom - m.top + 1,
      Math.min(m.right, columns - 1) - m.left + 1,
      grid.rows[m.top]?.[m.left]?.text ?? '',
      true,
    );
  }
  for (let r = first; r <= last; r++) {
    const row = grid.rows[r] ?? [];
    for (let c = 0; c < columns; c++) {
      const cell = row[c];
      if (mergeAt(grid, r, c)) continue;
      const text = cell?.text ?? '';
      const address = `${columnLetter(c)}${r + 1}`;
      if (!text && !highlights.has(address) && !(selected?.row === r && selected.col === c)) continue;
      // As in Excel, text runs on over empty cells to its right.
      let span = 1;
      if (text && typeof cell?.value === 'string')
        while (c + span < columns && span < 12 && !row[c + span]?.text && !mergeAt(grid, r, c + span)) span++;
      place(r, c, 1, span, text, false);
    }
  }
  const width = lefts[columns]!;
  return (
    <div
      ref={scroller}
      className={styles.scroller}
      tabIndex={0}
      role="region"
      aria-label={label}
      data-testid="sheet-view"
      data-sheet={worksheet.name}
      onMouseDown={onMouseDown}
      onMouseMove={onMouseMove}
      onMouseUp={onMouseUp}
      onMouseLeave={onMouseUp}
    >
      <div style={{ position: 'relative', height: HEAD_H + rows * ROW_H, width }}>
        <div
          className={styles.head}
          style={{ top: 0, left: 0, width: NUM_W, height: HEAD_H, position: 'sticky', zIndex: 3 }}
        />
        <div style={{ position: 'sticky', top: 0, height: HEAD_H, zIndex: 2, width, marginTop: -HEAD_H }}>
          {Array.from({ length: columns }, (_, c) => (
            <div
              key={c}
              className={styles.head}
              style={{
                position: 'absolute',
                top: 0,
                left: lefts[c],
                width: lefts[c + 1]! - lefts[c]!,
                height: HEAD_H,
                lineHeight: `${HEAD_H}px`,
              }}
            >
              {columnLetter(c)}
            </div>
          ))}
        </div>
        {Array.from({ length: last - first + 1 }, (_, i) => (
          <div
            key={`n${first + i}`}
            className={styles.head}
            style={{
              position: 'absolute',
              top: HEAD_H + (first + i) * ROW_H,
              left: 0,
              width: NUM_W,
              height: ROW_H,
              lineHeight: `${ROW_H}px`,
            }}
          >
            {first + i + 1}
          </div>
        ))}
        {cells}
        {selectedBox && (selectedBox.bottom > selectedBox.top || selectedBox.right > selectedBox.left) && (
          <div
            data-testid="selected-range"
            style={{
              position: 'absolute',
              pointerEvents: 'none',
              top: HEAD_H + selectedBox.top * ROW_H,
              left: lefts[Math.min(selectedBox.left, columns - 1)],
              width: lefts[Math.min(selectedBox.right + 1, columns)]! - lefts[Math.min(selectedBox.left, columns - 1)]!,
              height: (selectedBox.bottom - selectedBox.top + 1) * ROW_H,
              background: 'rgba(16, 124, 65, 0.12)',
              outline: '2px solid #107c41',
              outlineOffset: '-1px',
              zIndex: 1,
            }}
          />
        )}
      </div>
    </div>
  );
}
