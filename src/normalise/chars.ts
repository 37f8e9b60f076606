// Character classes the normaliser and segmenter share (regex source fragments).

/** Han ideographs, BMP and the supplementary planes. */
export const HAN = '\\p{Script=Han}';
/** Chinese (full-width) punctuation and brackets that spaces never separate from their neighbours. */
export const CJK_PUNCT = '\\u3000-\\u303F\\uFF01-\\uFF0F\\uFF1A-\\uFF20\\uFF3B-\\uFF40\\uFF5B-\\uFF65\\u2018-\\u201F\\u2014\\u2026\\u00B7\\uFE30-\\uFE4F';
/** Characters after which a line ends a sentence or clause, so a line break there is a real break. */
export const LINE_FINAL = '。！？；：!?;:';
/** Closing marks that may follow a sentence end. */
export const CLOSERS = '”’」』）)》〉】〕］]';
export const OPENERS = '“‘「『（(《〈【〔［[';
