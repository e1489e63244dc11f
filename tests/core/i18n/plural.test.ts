import { LANGS, isLang, nextLang } from '../../../src/core/i18n/lang';
import { countOf, plural } from '../../../src/core/i18n/plural';

const TASKS = { one: 'task', other: 'tasks' };

test('English plurals follow Intl.PluralRules', () => {
  expect(countOf('en', 0, TASKS)).toBe('0 tasks');
  expect(countOf('en', 1, TASKS)).toBe('1 task');
  expect(countOf('en', 2, TASKS)).toBe('2 tasks');
});

test('Vietnamese has one form', () => {
  expect(plural('vi', 1, { other: 'nhiệm vụ' })).toBe('nhiệm vụ');
  expect(countOf('vi', 5, { other: 'nhiệm vụ' })).toBe('5 nhiệm vụ');
});

test('one list of languages', () => {
  expect(LANGS).toEqual(['vi', 'en']);
  expect(isLang('en')).toBe(true);
  expect(isLang('fr')).toBe(false);
  expect(LANGS.map(nextLang)).toEqual(['en', 'vi']);
});
