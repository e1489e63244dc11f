import { decodeLegacy, encodeLegacy } from './convert';
import { LEGACY_ENCODINGS } from './encoding';

/** The five tones as combining marks, in the order the tests list them. */
const TONES = { none: '', sắc: '\u0301', huyền: '\u0300', hỏi: '\u0309', ngã: '\u0303', nặng: '\u0323' } as const;
type Tone = keyof typeof TONES;
const TONE_NAMES = Object.keys(TONES) as Tone[];

/** Every Vietnamese vowel as base letter + the mark of its quality (breve, circumflex, horn). */
const VOWELS = {
  a: 'a',
  ă: 'a\u0306',
  â: 'a\u0302',
  e: 'e',
  ê: 'e\u0302',
  i: 'i',
  o: 'o',
  ô: 'o\u0302',
  ơ: 'o\u031b',
  u: 'u',
  ư: 'u\u031b',
  y: 'y',
} as const;
type Vowel = keyof typeof VOWELS;
const VOWEL_NAMES = Object.keys(VOWELS) as Vowel[];

const unicodeOf = (v: Vowel, t: Tone, upper: boolean): string => {
  const s = (VOWELS[v] + TONES[t]).normalize('NFC');
  return upper ? s.toUpperCase() : s;
};
const chars = (...bytes: number[]) => String.fromCharCode(...bytes);

/**
 * TCVN 5712:1993 (VN3) as published, byte by byte: for each vowel its code without a tone, then with
 * sắc, huyền, hỏi, ngã, nặng. Upper case without a tone has codes of its own; with a tone it exists only
 * in the upper-case fonts (.VnTimeH …), which show the lower-case codes in upper case.
 */
const TCVN3_PUBLISHED: Record<Vowel, { lower: number[]; upper: number }> = {
  a: { lower: [0x61, 0xb8, 0xb5, 0xb6, 0xb7, 0xb9], upper: 0x41 },
  ă: { lower: [0xa8, 0xbe, 0xbb, 0xbc, 0xbd, 0xc6], upper: 0xa1 },
  â: { lower: [0xa9, 0xca, 0xc7, 0xc8, 0xc9, 0xcb], upper: 0xa2 },
  e: { lower: [0x65, 0xd0, 0xcc, 0xce, 0xcf, 0xd1], upper: 0x45 },
  ê: { lower: [0xaa, 0xd5, 0xd2, 0xd3, 0xd4, 0xd6], upper: 0xa3 },
  i: { lower: [0x69, 0xdd, 0xd7, 0xd8, 0xdc, 0xde], upper: 0x49 },
  o: { lower: [0x6f, 0xe3, 0xdf, 0xe1, 0xe2, 0xe4], upper: 0x4f },
  ô: { lower: [0xab, 0xe8, 0xe5, 0xe6, 0xe7, 0xe9], upper: 0xa4 },
  ơ: { lower: [0xac, 0xed, 0xea, 0xeb, 0xec, 0xee], upper: 0xa5 },
  u: { lower: [0x75, 0xf3, 0xef, 0xf1, 0xf2, 0xf4], upper: 0x55 },
  ư: { lower: [0xad, 0xf8, 0xf5, 0xf6, 0xf7, 0xf9], upper: 0xa6 },
  y: { lower: [0x79, 0xfd, 0xfa, 0xfb, 0xfc, 0xfe], upper: 0x59 },
};

/**
 * VNI by its rule: a vowel is its base letter and a mark byte. Tones: sắc ù, huyền ø, hỏi û, ngã õ,
 * nặng ï; â/ê/ô are the base + â, or + á à å ã ä with a tone; ă is a + ê, or + é è ú ü ë. ơ (ô), ư (ö),
 * đ (ñ), i with a tone (í ì æ ó ò) and ỵ (î) are one byte. Upper case: the base and the mark in upper
 * case (each mark byte 0x20 lower).
 */
const VNI_TONE_BYTES: Record<Tone, number | null> = {
  none: null,
  sắc: 0xf9,
  huyền: 0xf8,
  hỏi: 0xfb,
  ngã: 0xf5,
  nặng: 0xef,
};
const VNI_CIRCUMFLEX: Record<Tone, number> = { none: 0xe2, sắc: 0xe1, huyền: 0xe0, hỏi: 0xe5, ngã: 0xe3, nặng: 0xe4 };
const VNI_BREVE: Record<Tone, number> = { none: 0xea, sắc: 0xe9, huyền: 0xe8, hỏi: 0xfa, ngã: 0xfc, nặng: 0xeb };
const VNI_I: Record<Tone, number> = { none: 0x69, sắc: 0xed, huyền: 0xec, hỏi: 0xe6, ngã: 0xf3, nặng: 0xf2 };

function vniOf(v: Vowel, t: Tone, upper: boolean): string {
  const up = (b: number) => (upper ? (b >= 0xe0 ? b - 0x20 : b >= 0x61 && b <= 0x7a ? b - 0x20 : b) : b);
  const tone = VNI_TONE_BYTES[t];
  const withTone = (base: number) => (tone === null ? chars(up(base)) : chars(up(base), up(tone)));
  switch (v) {
    case 'â':
      return chars(up(0x61), up(VNI_CIRCUMFLEX[t]));
    case 'ê':
      return chars(up(0x65), up(VNI_CIRCUMFLEX[t]));
    case 'ô':
      return chars(up(0x6f), up(VNI_CIRCUMFLEX[t]));
    case 'ă':
      return chars(up(0x61), up(VNI_BREVE[t]));
    case 'ơ':
      return withTone(0xf4);
    case 'ư':
      return withTone(0xf6);
    case 'i':
      return chars(up(VNI_I[t]));
    case 'y':
      return t === 'nặng' ? chars(up(0xee)) : withTone(0x79);
    default:
      return withTone(v.charCodeAt(0));
  }
}

const CASES = VOWEL_NAMES.flatMap((v) =>
  TONE_NAMES.flatMap((t) => [false, true].map((upper) => ({ v, t, upper, want: unicodeOf(v, t, upper) }))),
);

describe('TCVN3 → Unicode, every vowel × tone × case', () => {
  it.each(CASES)('$v $t upper=$upper → $want', ({ v, t, upper, want }) => {
    const published = TCVN3_PUBLISHED[v];
    const byte = published.lower[TONE_NAMES.indexOf(t)]!;
    // Lower case in .VnTime; upper case in .VnTimeH (the same byte), and without a tone its own code too.
    expect(decodeLegacy(chars(byte), 'tcvn3', { upper })).toBe(want);
    if (upper && t === 'none') expect(decodeLegacy(chars(published.upper), 'tcvn3')).toBe(want);
    expect(want).toBe(want.normalize('NFC'));
  });

  it('reads đ and Đ', () => {
    expect(decodeLegacy(chars(0xae), 'tcvn3')).toBe('đ');
    expect(decodeLegacy(chars(0xa7), 'tcvn3')).toBe('Đ');
    expect(decodeLegacy(chars(0xae), 'tcvn3', { upper: true })).toBe('Đ');
  });

  it('covers 12 vowels × 6 tones × 2 cases', () => expect(CASES).toHaveLength(144));
});

describe('VNI → Unicode, every vowel × tone × case', () => {
  it.each(CASES)('$v $t upper=$upper → $want', ({ v, t, upper, want }) => {
    expect(decodeLegacy(vniOf(v, t, upper), 'vni')).toBe(want);
  });

  it('reads đ and Đ', () => {
    expect(decodeLegacy(chars(0xf1), 'vni')).toBe('đ');
    expect(decodeLegacy(chars(0xd1), 'vni')).toBe('Đ');
  });

  it('takes the case of the base letter when a mark byte is in the other case', () => {
    expect(decodeLegacy('Uûy', 'vni')).toBe('Ủy');
    expect(decodeLegacy('aÙ', 'vni')).toBe('á');
  });
});

describe('sentences', () => {
  it.each([
    // typed in .VnTime (upper-case letters with a tone in .VnTimeH, which shows every letter upper case)
    ['C\u00ac quan ch\u00f1 tr\u00d7', false, 'Cơ quan chủ trì'],
    ['Th\u00eai h\u00b9n', false, 'Thời hạn'],
    ['Qu\u00fd IV/2025', false, 'Quý IV/2025'],
    ['\u00f1y ban nh\u00a9n d\u00a9n', true, 'ỦY BAN NHÂN DÂN'],
    ['S\u00eb T\u00b5i ch\u00ddnh', false, 'Sở Tài chính'],
  ])('TCVN3 %j → %j', (legacy, upper, want) => {
    expect(decodeLegacy(legacy, 'tcvn3', { upper })).toBe(want);
  });

  it.each([
    ['UÛy ban nhaân daân', 'Ủy ban nhân dân'],
    ['Cô quan chuû trì', 'Cơ quan chủ trì'],
    ['Thôøi haïn', 'Thời hạn'],
    ['Quyù IV/2025', 'Quý IV/2025'],
    ['Sôû Taøi chính', 'Sở Tài chính'],
    ['Ñöôøng giao thoâng', 'Đường giao thông'],
  ])('VNI %j → %j', (legacy, want) => {
    expect(decodeLegacy(legacy, 'vni')).toBe(want);
  });

  it.each(['Ủy ban nhân dân', 'Cơ quan chủ trì', 'Thời hạn', 'Quý IV/2025', 'Đường giao thông nông thôn'])(
    'round-trips %j through VNI and TCVN3',
    (text) => {
      expect(decodeLegacy(encodeLegacy(text, 'vni')!, 'vni')).toBe(text);
      const tcvn3Text = encodeLegacy(text, 'tcvn3');
      if (tcvn3Text !== null) expect(decodeLegacy(tcvn3Text, 'tcvn3')).toBe(text);
      // An upper-case TCVN3 font holds any text, read back in upper case.
      expect(decodeLegacy(encodeLegacy(text, 'tcvn3', { upperFont: true })!, 'tcvn3', { upper: true })).toBe(
        text.toUpperCase(),
      );
    },
  );

  it.each([
    ['C\u00b8C NHI\u00d6M V\u00f4', 'CÁC NHIỆM VỤ'],
    ['\u00f1Y BAN', 'ỦY BAN'],
    ['S\u00e8 89/NQ-CP C\u00f1A CH\u00ddNH PH\u00f1', 'SỐ 89/NQ-CP CỦA CHÍNH PHỦ'],
    ['V\u00f4 K\u00d5 ho\u00b9ch', 'Vụ Kế hoạch'],
    ['S\u00eb KH&CN', 'Sở KH&CN'],
  ])('restores words in capitals when the upper-case font is unknown: %j → %j', (legacy, want) => {
    expect(decodeLegacy(legacy, 'tcvn3', { capitalWords: true })).toBe(want);
  });

  it('has no TCVN3 code for an upper-case letter with a tone outside the upper-case fonts', () => {
    expect(encodeLegacy('Ủy ban', 'tcvn3')).toBeNull();
    expect(encodeLegacy('Cơ quan', 'tcvn3')).toBe('C\u00ac quan');
  });
});

describe('text that must not change', () => {
  it.each(['STT, Nhiem vu, Thoi han', 'UBND 12/KH-UBND 2026 (a-z) [x] {y} #%&*+ Quy IV/2025', ''])(
    'ASCII %j is its own reading in both encodings',
    (text) => {
      for (const enc of LEGACY_ENCODINGS) expect(decodeLegacy(text, enc)).toBe(text);
    },
  );

  it('leaves letters only Unicode has untouched (no legacy byte shows as one)', () => {
    const text = 'Hải Phong ương đạo Ủy ỷ Ặ ĩ ũ Ơ Ư Đ';
    for (const enc of LEGACY_ENCODINGS) expect(decodeLegacy(text, enc)).toBe(text);
  });

  it('gives NFC', () => {
    expect(decodeLegacy('Hoa\u0300', 'vni')).toBe('Hoà');
  });
});
