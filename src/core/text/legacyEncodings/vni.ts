/**
 * VNI (VNI Windows, the VNI-* fonts) as data: a letter is its base letter followed by one mark byte
 * (two marks in one byte for â/ă/ê/ô with a tone), shown as the Windows-1252 / Latin-1 characters of
 * the bytes: "a" + "ù" → "á", "a" + "á" → "ấ". ơ, ư, đ and i with a tone (and ỵ) are one byte of their
 * own. Upper case is the same sequence in upper case ("AÙ" → "Á"; each mark's upper-case byte is 0x20
 * below its lower-case one).
 */

/** [the letter without tone, then with huyền, hỏi, ngã, sắc, nặng] → the VNI sequence of each (lower case). */
export const VNI_VOWEL_ROWS: readonly (readonly [unicode: string, sequences: readonly string[]])[] = [
  ['aàảãáạ', ['a', 'a\u00f8', 'a\u00fb', 'a\u00f5', 'a\u00f9', 'a\u00ef']],
  ['ăằẳẵắặ', ['a\u00ea', 'a\u00e8', 'a\u00fa', 'a\u00fc', 'a\u00e9', 'a\u00eb']],
  ['âầẩẫấậ', ['a\u00e2', 'a\u00e0', 'a\u00e5', 'a\u00e3', 'a\u00e1', 'a\u00e4']],
  ['eèẻẽéẹ', ['e', 'e\u00f8', 'e\u00fb', 'e\u00f5', 'e\u00f9', 'e\u00ef']],
  ['êềểễếệ', ['e\u00e2', 'e\u00e0', 'e\u00e5', 'e\u00e3', 'e\u00e1', 'e\u00e4']],
  ['iìỉĩíị', ['i', '\u00ec', '\u00e6', '\u00f3', '\u00ed', '\u00f2']],
  ['oòỏõóọ', ['o', 'o\u00f8', 'o\u00fb', 'o\u00f5', 'o\u00f9', 'o\u00ef']],
  ['ôồổỗốộ', ['o\u00e2', 'o\u00e0', 'o\u00e5', 'o\u00e3', 'o\u00e1', 'o\u00e4']],
  ['ơờởỡớợ', ['\u00f4', '\u00f4\u00f8', '\u00f4\u00fb', '\u00f4\u00f5', '\u00f4\u00f9', '\u00f4\u00ef']],
  ['uùủũúụ', ['u', 'u\u00f8', 'u\u00fb', 'u\u00f5', 'u\u00f9', 'u\u00ef']],
  ['ưừửữứự', ['\u00f6', '\u00f6\u00f8', '\u00f6\u00fb', '\u00f6\u00f5', '\u00f6\u00f9', '\u00f6\u00ef']],
  ['yỳỷỹýỵ', ['y', 'y\u00f8', 'y\u00fb', 'y\u00f5', 'y\u00f9', '\u00ee']],
];

/** Letters of one byte outside the vowel rows (lower case). */
export const VNI_SINGLE_LETTERS: readonly (readonly [unicode: string, sequence: string])[] = [['đ', '\u00f1']];
