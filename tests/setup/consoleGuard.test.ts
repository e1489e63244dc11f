import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { unexpectedOutput, watchConsole } from '../helpers/consoleWatch';

describe('the console guard', () => {
  it('records every console method, with its arguments formatted, and puts the methods back', () => {
    const calls: string[] = [];
    const fake = { log: () => calls.push('own log') } as unknown as Console;
    const own = fake.log;
    const watch = watchConsole(fake);
    fake.warn('%d rows', 3);
    fake.error(new Error('hỏng'));
    fake.log('a', { b: 1 });
    const taken = watch.take();
    expect(taken[0]).toBe('console.warn: 3 rows');
    expect(taken[1]).toMatch(/^console\.error: Error: hỏng/);
    expect(taken[2]).toBe('console.log: a { b: 1 }');
    expect(watch.take()).toEqual([]);
    watch.stop();
    expect(fake.log).toBe(own);
    expect(calls).toEqual([]);
  });

  it('makes nothing of no output, and an error naming every line of some', () => {
    expect(unexpectedOutput([])).toBeNull();
    const e = unexpectedOutput(['console.warn: a', 'console.error: b']);
    expect(e?.message).toMatch(/printed to the console.*\nconsole\.warn: a\nconsole\.error: b$/s);
  });

  // The real setup, in a jest of its own: a test that prints fails, one that spies on the message passes.
  it('fails a test that prints and passes one that asserts the message with a spy', () => {
    const root = resolve(__dirname, '..', '..');
    const dir = mkdtempSync(join(tmpdir(), 'at-guard-'));
    writeFileSync(
      join(dir, 'noisy.test.js'),
      [
        "test('prints', () => { console.error('stray'); });",
        "test('asserts', () => { const spy = jest.spyOn(console, 'warn').mockImplementation(() => {});",
        "  console.warn('expected'); expect(spy).toHaveBeenCalledWith('expected'); spy.mockRestore(); });",
        "test('quiet', () => { expect(1).toBe(1); });",
      ].join('\n'),
    );
    const config = {
      rootDir: dir,
      testEnvironment: 'node',
      setupFilesAfterEnv: [join(root, 'tests/setup/consoleGuard.ts')],
      transform: { '^.+\\.ts$': [require.resolve('ts-jest'), { tsconfig: join(root, 'tsconfig.json') }] },
    };
    const run = spawnSync(
      process.execPath,
      [require.resolve('jest/bin/jest'), '--config', JSON.stringify(config), '--json', '--runInBand', '--ci'],
      { cwd: dir, encoding: 'utf8', timeout: 120_000 },
    );
    const result = JSON.parse(run.stdout) as {
      testResults: { assertionResults: { title: string; status: string; failureMessages: string[] }[] }[];
    };
    const byTitle = Object.fromEntries(result.testResults[0]!.assertionResults.map((a) => [a.title, a]));
    expect(byTitle.prints!.status).toBe('failed');
    expect(byTitle.prints!.failureMessages.join('\n')).toContain('console.error: stray');
    expect(byTitle.asserts!.status).toBe('passed');
    expect(byTitle.quiet!.status).toBe('passed');
  }, 120_000);
});
