/**
 * Jest's setupFilesAfterEnv: any console output during a test fails that test (see
 * tests/helpers/consoleWatch.ts), so console noise cannot come back into the test command's output.
 */
import { unexpectedOutput, watchConsole } from '../helpers/consoleWatch';

const watch = watchConsole();

afterEach(() => {
  const error = unexpectedOutput(watch.take());
  if (error) throw error;
});

// Output after the last test of a file (a timer, a promise settling late) fails the file.
afterAll(() => {
  const error = unexpectedOutput(watch.take());
  watch.stop();
  if (error) throw error;
});
