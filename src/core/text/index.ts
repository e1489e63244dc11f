export { normalizeText } from './normalizeText';
export { canonicalToneMarks, stripDiacritics } from './toneMarks';
export { expandAbbreviations, ABBREVIATIONS } from './abbreviations';
export { comparisonKey, spellingDifference } from './comparisonKey';
export { splitAgencies, isCollectiveAgency } from './agencyList';
export { personKey } from './personKey';
