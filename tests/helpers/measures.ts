/**
 * A figure a test measured (the pane's bundle size, Office sync counts, times in Chromium): printed
 * only when asked, `MEASURES=1 npx jest tests/e2e …`, so that the test command's output shows the
 * results, not figures. The test asserts its bound either way; speed goals belong in `npm run bench`.
 */
export function reportMeasure(text: string): void {
  if (process.env.MEASURES) process.stdout.write(`${text}\n`);
}
