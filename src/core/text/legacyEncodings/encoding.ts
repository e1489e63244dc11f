/**
 * The legacy 8-bit Vietnamese font encodings the engine reads: TCVN3 (ABC, TCVN 5712:1993 VN3; fonts
 * .VnTime, .VnArial …, upper case in the .VnTimeH … fonts) and VNI (VNI Windows; fonts VNI-Times,
 * VNI-Helve …). Their text reaches the engine as the Windows-1252 / Latin-1 characters of their bytes.
 */
export type LegacyEncoding = 'tcvn3' | 'vni';

export const LEGACY_ENCODINGS: readonly LegacyEncoding[] = ['tcvn3', 'vni'];

/** How the encoding is named to a person (and in Unikey's converter). */
export const LEGACY_ENCODING_NAMES: Readonly<Record<LegacyEncoding, string>> = {
  tcvn3: 'TCVN3 (ABC)',
  vni: 'VNI',
};
