/**
 * Unicode → the legacy Vietnamese font encodings, for the letters the corpus's text uses only (the
 * product's own conversion tables, with every letter and tone, are the engine's; these are a second,
 * independent source so a test does not check a table against itself). TCVN3 (ABC, .VnTime fonts):
 * one byte per lower-case letter, checked against glibc's TCVN5712-1; VNI (VNI-Times): a base letter
 * followed by the bytes of its marks, as Windows-1252 bytes.
 */
const TCVN3: Record<string, number> = {
  Đ: 0xa7,
  ă: 0xa8,
  â: 0xa9,
  ê: 0xaa,
  ô: 0xab,
  ơ: 0xac,
  ư: 0xad,
  đ: 0xae,
  à: 0xb5,
  ả: 0xb6,
  ã: 0xb7,
  á: 0xb8,
  ạ: 0xb9,
  ầ: 0xc7,
  ấ: 0xca,
  ậ: 0xcb,
  è: 0xcc,
  é: 0xd0,
  ẹ: 0xd1,
  ề: 0xd2,
  ể: 0xd3,
  ế: 0xd5,
  ệ: 0xd6,
  ì: 0xd7,
  ỉ: 0xd8,
  ĩ: 0xdc,
  í: 0xdd,
  ị: 0xde,
  ò: 0xdf,
  ỏ: 0xe1,
  ó: 0xe3,
  ọ: 0xe4,
  ồ: 0xe5,
  ổ: 0xe6,
  ố: 0xe8,
  ộ: 0xe9,
  ờ: 0xea,
  ở: 0xeb,
  ớ: 0xed,
  ợ: 0xee,
  ù: 0xef,
  ủ: 0xf1,
  ú: 0xf3,
  ụ: 0xf4,
  ừ: 0xf5,
  ử: 0xf6,
  ữ: 0xf7,
  ứ: 0xf8,
  ự: 0xf9,
  ý: 0xfd,
  ỵ: 0xfe,
};

/** VNI: the letter's base and the Windows-1252 characters of its marks. */
const VNI: Record<string, string> = {
  Đ: 'Ñ',
  đ: 'ñ',
  ơ: 'ô',
  ư: 'ö',
  â: 'aâ',
  ă: 'aê',
  ê: 'eâ',
  ô: 'oâ',
  à: 'aø',
  á: 'aù',
  ả: 'aû',
  ã: 'aõ',
  ạ: 'aï',
  ầ: 'aà',
  ấ: 'aá',
  ậ: 'aä',
  è: 'eø',
  é: 'eù',
  ẹ: 'eï',
  ề: 'eà',
  ể: 'eå',
  ế: 'eá',
  ệ: 'eä',
  ì: 'ì',
  í: 'í',
  ỉ: 'æ',
  ĩ: 'ó',
  ị: 'ò',
  ò: 'oø',
  ó: 'où',
  ỏ: 'oû',
  ọ: 'oï',
  ồ: 'oà',
  ổ: 'oå',
  ố: 'oá',
  ộ: 'oä',
  ờ: 'ôø',
  ớ: 'ôù',
  ở: 'ôû',
  ợ: 'ôï',
  ù: 'uø',
  ú: 'uù',
  ủ: 'uû',
  ụ: 'uï',
  ừ: 'öø',
  ứ: 'öù',
  ử: 'öû',
  ữ: 'öõ',
  ự: 'öï',
  ý: 'yù',
  ỵ: 'î',
};

function unmapped(ch: string, table: string): never {
  throw new Error(`no ${table} byte for “${ch}” (U+${ch.codePointAt(0)!.toString(16)}) in the corpus table`);
}

export function toTcvn3(text: string): Buffer {
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) out.push(code);
    else out.push(TCVN3[ch] ?? unmapped(ch, 'TCVN3'));
  }
  return Buffer.from(out);
}

export function toVni(text: string): Buffer {
  let latin = '';
  for (const ch of text.normalize('NFC')) latin += ch.charCodeAt(0) < 0x80 ? ch : (VNI[ch] ?? unmapped(ch, 'VNI'));
  // Every character above is in Latin-1's range, where Windows-1252 and Latin-1 agree.
  return Buffer.from(latin, 'latin1');
}
