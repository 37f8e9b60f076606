// What tesseract's Simplified Chinese model misreads on printed government documents, as data:
// each entry is a pattern over one page's OCR text and what the printed page had. Only forms a
// printed 公文 cannot contain are repaired, so a right reading is never changed.

export interface OcrRepair {
  /** global regex over one page of OCR text */
  pattern: RegExp;
  replacement: string;
  /** why the reading is wrong and what was printed */
  why: string;
}

const CN_ORDINAL = '[一二三四五六七八九十]{1,3}';
/** Marks OCR reads for a printed full-width opening parenthesis `（` at the start of a heading. */
const OPENER_MISREADS = '[\\\\〈<(（{［\\[|]';
/** What the brackets of a document number's year (`〔2020〕`, GB/T 9704) are misread as. */
const YEAR_OPEN = '[\\[【［(（〔〈{]';
const YEAR_CLOSE = '[\\]】］)）〕〉}|]';
/** Characters the em dash of a range follows: a digit or the unit of a date or amount. */
const RANGE_START = '[\\d年月日%元万亿个]';

export const OCR_REPAIRS: readonly OcrRepair[] = [
  {
    // `\一)`, `〈二)`, `三)`, `( 四 )`: a level-two heading `（一）` whose opening bracket was
    // misread or lost; no line of a document starts with a bare `一)`
    pattern: new RegExp(`^[ \\t]*${OPENER_MISREADS}?[ \\t]*(${CN_ORDINAL})[ \\t]*[)）][ \\t]*`, 'gmu'),
    replacement: '（$1）',
    why: 'outline heading (一) with its bracket misread',
  },
  {
    // `楚贫组发 【2020] 8号`: a document number's year is printed in six-cornered brackets
    pattern: new RegExp(`${YEAR_OPEN}[ \\t]*((?:19|20)\\d{2})[ \\t]*${YEAR_CLOSE}[ \\t]*(?=\\d{1,4}[ \\t]*号)`, 'gu'),
    replacement: '〔$1〕',
    why: 'document-number year brackets 〔〕 misread',
  },
  {
    // `3月30日一6月30日`, `450元一500元`: the em dash of a range read as the numeral 一, which a
    // text never writes straight before an Arabic digit
    pattern: new RegExp(`(?<=${RANGE_START})[ \\t]*一[ \\t]*(?=\\d)`, 'gu'),
    replacement: '—',
    why: 'range dash read as 一',
  },
  {
    // `一4一`, `- 4 -` on a line of its own: a page number `— 4 —` with its dashes misread
    pattern: /^[ \t]*[一—\-－_~][ \t]*(\d{1,3})[ \t]*[一—\-－_~][ \t]*$/gm,
    replacement: '— $1 —',
    why: 'page number dashes read as 一',
  },
  {
    // `〈牵头单位：州扶贫办)`: a full-width `（` read as an angle bracket, closed by a parenthesis
    pattern: /〈([^〈〉()（）]{0,200}?)[)）]/gu,
    replacement: '（$1）',
    why: 'opening parenthesis read as 〈',
  },
];
