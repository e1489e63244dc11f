/**
 * The playground: a workbook (sheet tabs and a grid) beside the real task pane, over an .xlsx opened
 * from disk (file picker or drag and drop) or the bundled sample. ExcelJS is loaded on demand, so the
 * page and the pane appear before it arrives. Nothing leaves the browser.
 */
import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Spinner,
  Tab,
  TabList,
  Text,
  makeStyles,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExcelJsWorkbookPort } from '../excelJsPort/excelJsWorkbookPort';
import { App } from '../taskpane/components/App';
import type { Lang } from '../core/i18n/lang';
import { openFailureText, playgroundText } from './playgroundText';
import { downloadBytes, XLSX_TYPE } from '../taskpane/download';
import { SheetView, type Selection } from './SheetView';

const SAMPLE = 'sample/phu-luc-mau.xlsx';

/**
 * Narrower than this (a phone, or the width of Excel's task pane), the grid and the pane stand one
 * above the other, each the full width, and the page scrolls: side by side the grid would vanish.
 */
export const STACK_BELOW_PX = 760;
const STACKED = `@media (max-width: ${STACK_BELOW_PX - 1}px)`;

const useStyles = makeStyles({
  page: {
    display: 'flex',
    flexDirection: 'column',
    height: '100vh',
    fontFamily: tokens.fontFamilyBase,
    [STACKED]: { height: 'auto', minHeight: '100vh' },
  },
  bar: {
    display: 'flex',
    alignItems: 'center',
    gap: '8px',
    padding: '6px 12px',
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    flexWrap: 'wrap',
  },
  title: { marginRight: 'auto' },
  body: { display: 'flex', flex: 1, minHeight: 0, [STACKED]: { flexDirection: 'column', flex: 'none' } },
  book: {
    display: 'flex',
    flexDirection: 'column',
    flex: 1,
    minWidth: 0,
    position: 'relative',
    [STACKED]: { flex: 'none', height: '60vh', minHeight: '320px' },
  },
  pane: {
    width: '400px',
    flexShrink: 0,
    borderLeft: `1px solid ${tokens.colorNeutralStroke2}`,
    overflowY: 'auto',
    [STACKED]: {
      width: 'auto',
      borderLeft: 'none',
      borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
      overflowY: 'visible',
    },
  },
  drop: {
    position: 'absolute',
    inset: 0,
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    backgroundColor: 'rgba(16,124,65,0.12)',
    border: '3px dashed #107c41',
    zIndex: 10,
    fontSize: '20px',
  },
  tabs: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, overflowX: 'auto' },
  center: { margin: 'auto' },
  errorText: { whiteSpace: 'pre-line' },
  status: { padding: '2px 12px', fontSize: '12px', color: tokens.colorNeutralForeground3 },
});

interface Book {
  port: ExcelJsWorkbookPort;
  id: number;
}

export function Playground({ initialLang }: { initialLang: Lang }) {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(initialLang);
  const [book, setBook] = useState<Book | null>(null);
  const [sheet, setSheet] = useState<string | null>(null);
  const [selection, setSelection] = useState<Selection | null>(null);
  const [version, setVersion] = useState(0);
  const [loading, setLoading] = useState(true);
  /** Why the last file could not be opened: the error kept, its message rendered in the current language. */
  const [error, setError] = useState<{ name: string; cause: unknown } | null>(null);
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const w = playgroundText(lang);

  const open = useCallback(async (bytes: ArrayBuffer, name: string) => {
    setLoading(true);
    setError(null);
    try {
      const { ExcelJsWorkbookPort } = await import(
        /* webpackChunkName: "workbook" */ '../excelJsPort/excelJsWorkbookPort'
      );
      const port = await ExcelJsWorkbookPort.fromBytes(bytes, name);
      port.subscribe((e) => {
        if (e.kind === 'select') {
          setSheet(e.sheet);
          setSelection({ sheet: e.sheet, address: e.address });
        } else if (e.kind === 'activate') setSheet(e.sheet);
        else setVersion((v) => v + 1);
      });
      setBook((b) => ({ port, id: (b?.id ?? 0) + 1 }));
      setSheet(port.visibleSheets()[0]?.name ?? null);
      setSelection(null);
    } catch (e) {
      setError({ name, cause: e });
    } finally {
      setLoading(false);
    }
  }, []);

  const openSample = useCallback(async () => {
    const response = await fetch(SAMPLE);
    await open(await response.arrayBuffer(), 'phu-luc-mau.xlsx');
  }, [open]);

  useEffect(() => {
    void openSample();
  }, []); // eslint-disable-line react-hooks/exhaustive-deps

  const openFile = async (file: File | undefined) => {
    if (file) await open(await file.arrayBuffer(), file.name);
  };

  const download = async () => {
    if (!book) return;
    downloadBytes(await book.port.toBytes(), book.port.name.replace(/\.xlsx$/i, '') + '-theo-doi.xlsx', XLSX_TYPE);
  };

  const sheets = book ? book.port.visibleSheets() : [];
  const worksheet = book && sheet ? book.port.workbook.getWorksheet(sheet) : undefined;
  // version is read so tabs and grid refresh after the pane writes to the workbook.
  const highlights = book && sheet && version >= 0 ? book.port.highlightsOf(sheet) : new Map<string, string>();

  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <div className={styles.page}>
        <header className={styles.bar}>
          <Text as="h1" size={400} weight="semibold" className={styles.title}>
            {w.title}
          </Text>
          {book && (
            <Text data-testid="file-name" title={book.port.name}>
              {book.port.name}
            </Text>
          )}
          <input
            ref={fileInput}
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            hidden
            data-testid="file-input"
            onChange={(e) => void openFile(e.target.files?.[0])}
            aria-label={w.open}
          />
          <Button onClick={() => fileInput.current?.click()} data-testid="open">
            {w.open}
          </Button>
          <Button onClick={() => void openSample()} data-testid="sample">
            {w.sample}
          </Button>
          <Button appearance="primary" onClick={() => void download()} disabled={!book} data-testid="download">
            {w.download}
          </Button>
        </header>
        <div className={styles.body}>
          <section
            className={styles.book}
            aria-label={w.sheets}
            onDragOver={(e) => {
              e.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={(e) => {
              e.preventDefault();
              setDragging(false);
              void openFile(e.dataTransfer.files[0]);
            }}
          >
            {error && (
              <MessageBar intent="error" data-testid="open-error">
                <MessageBarBody className={styles.errorText}>
                  {openFailureText(error.cause, error.name, lang)}
                </MessageBarBody>
              </MessageBar>
            )}
            {loading && !book && <Spinner className={styles.center} label={w.loading} />}
            {worksheet && (
              <SheetView
                worksheet={worksheet}
                version={version}
                highlights={highlights}
                selection={selection}
                label={w.sheet(worksheet.name)}
                onSelect={(address) => {
                  setSelection({ sheet: worksheet.name, address });
                  book?.port.setSelection(worksheet.name, address);
                }}
              />
            )}
            <div className={styles.status} aria-live="polite" data-testid="selection">
              {selection ? w.selected(`${selection.sheet}!${selection.address}`) : ''}
            </div>
            <TabList
              className={styles.tabs}
              selectedValue={sheet ?? undefined}
              onTabSelect={(_, d) => setSheet(String(d.value))}
              aria-label={w.sheets}
              size="small"
            >
              {sheets.map((s) => (
                <Tab key={s.name} value={s.name} data-testid="sheet-tab" data-name={s.name}>
                  {s.name}
                </Tab>
              ))}
            </TabList>
            {dragging && <div className={styles.drop}>{w.drop}</div>}
          </section>
          <aside className={styles.pane} data-testid="pane">
            {book ? (
              <App key={book.id} port={book.port} lang={lang} theme={webLightTheme} onLanguageChange={setLang} />
            ) : (
              <Spinner className={styles.center} />
            )}
          </aside>
        </div>
      </div>
    </FluentProvider>
  );
}
