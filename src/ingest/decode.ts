// Turns the bytes of a text file into a string, detecting the encodings Chinese offices use:
// UTF-8 (with or without BOM), GB18030/GBK, UTF-16 with a BOM (and without one when unmistakable).
import iconv from 'iconv-lite';
import { IngestError, REASONS } from './errors.js';

export interface DecodedText {
  text: string;
  /** `utf-8`, `gb18030`, `utf-16le` or `utf-16be` */
  encoding: string;
}

/** Tolerated decoding errors (U+FFFD) in a file otherwise clearly in one encoding: a cut last character, a stray byte. */
const MAX_BAD_SHARE = 0.002;
const MAX_BAD_ALWAYS = 2;
/** Share of the GB18030 characters that fall in the GB2312 block in real Chinese text (mostly ≥ 0.95). */
const MIN_GB2312_SHARE = 0.8;
/** Control characters above this share (and count) make decoded text binary data. */
const MAX_CONTROL_SHARE = 0.05;
const MAX_CONTROL_ALWAYS = 8;

export function decodeText(bytes: Buffer): DecodedText {
  const bom = decodeWithBom(bytes);
  if (bom) return checked(bom);
  if (bytes.includes(0)) {
    const utf16 = decodeUtf16WithoutBom(bytes);
    if (utf16) return checked(utf16);
    throw new IngestError(REASONS.binary);
  }
  const strict = strictDecode('utf-8', bytes);
  if (strict !== null) return checked({ text: strict, encoding: 'utf-8' });
  return checked(decodeLegacy(bytes));
}

function decodeWithBom(bytes: Buffer): DecodedText | null {
  const [a, b, c] = bytes;
  let encoding: string | null = null;
  let skip = 0;
  if (a === 0xef && b === 0xbb && c === 0xbf) [encoding, skip] = ['utf-8', 3];
  else if (a === 0xff && b === 0xfe) [encoding, skip] = ['utf-16le', 2];
  else if (a === 0xfe && b === 0xff) [encoding, skip] = ['utf-16be', 2];
  if (!encoding) return null;
  const text = strictDecode(encoding, bytes.subarray(skip));
  if (text === null) throw new IngestError(REASONS.undecodable);
  return { text, encoding };
}

/**
 * UTF-16 without a BOM, only when unmistakable: the zero bytes of ASCII characters (newlines,
 * digits) sit on one side of the code units (CJK characters such as 一 U+4E00 put a few on the
 * other), no code unit is NUL, and the text decodes cleanly.
 */
function decodeUtf16WithoutBom(bytes: Buffer): DecodedText | null {
  if (bytes.length % 2 !== 0 || bytes.length < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < bytes.length; i += 2) {
    if (bytes[i] === 0 && bytes[i + 1] === 0) return null;
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const units = bytes.length / 2;
  const [encoding, zeros, wrongSide] =
    oddZeros >= evenZeros ? ['utf-16le', oddZeros, evenZeros] : ['utf-16be', evenZeros, oddZeros];
  if (zeros < Math.max(2, units * 0.02) || wrongSide > zeros * 0.1) return null;
  const text = strictDecode(encoding, bytes);
  return text !== null && usualShare(text) >= MIN_USUAL_SHARE ? { text, encoding } : null;
}

/** Characters of Chinese office text: CJK, ASCII, CJK and full-width punctuation. */
const USUAL = /[\u4e00-\u9fff\u3400-\u4dbf\u0009\u000a\u000d\u0020-\u007e\u00a0-\u00ff\u2000-\u206f\u3000-\u303f\uff00-\uffef]/u;
/** Real text is almost all usual characters; random code units are about a third. */
const MIN_USUAL_SHARE = 0.9;

function usualShare(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (USUAL.test(text[i]!)) n++;
  return text.length === 0 ? 0 : n / text.length;
}

/** No BOM and not valid UTF-8: GB18030 if it reads as Chinese, else UTF-8 with a few bad bytes. */
function decodeLegacy(bytes: Buffer): DecodedText {
  const utf8 = new TextDecoder('utf-8').decode(bytes);
  const utf8Bad = countReplacements(utf8);
  const gbShape = gb18030Shape(bytes);
  if (gbShape.plausible) {
    const gb = iconv.decode(bytes, 'gb18030');
    const gbBad = countReplacements(gb);
    if (gbBad <= utf8Bad && fewErrors(gbBad, gb.length)) return { text: gb, encoding: 'gb18030' };
  }
  if (fewErrors(utf8Bad, utf8.length)) return { text: utf8, encoding: 'utf-8' };
  throw new IngestError(controlShare(bytes) > MAX_CONTROL_SHARE ? REASONS.binary : REASONS.undecodable);
}

/** Share of bytes that are C0 controls other than white space: about 11% in random data. */
function controlShare(bytes: Buffer): number {
  let n = 0;
  for (const b of bytes) if ((b < 0x20 && (b < 0x09 || b > 0x0d)) || b === 0x7f) n++;
  return bytes.length === 0 ? 0 : n / bytes.length;
}

function fewErrors(bad: number, length: number): boolean {
  return bad <= Math.max(MAX_BAD_ALWAYS, length * MAX_BAD_SHARE);
}

/**
 * Walks the bytes as GB18030 and says whether they look like Chinese text: real GBK/GB18030 text
 * is almost all GB2312 double-byte characters (both bytes 0xA1–0xFE), while random bytes, Latin-1
 * or UTF-8 read as GB18030 give many other pairs and invalid sequences.
 */
function gb18030Shape(bytes: Buffer): { plausible: boolean } {
  let multi = 0;
  let gb2312 = 0;
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i];
    if (lead < 0x80) {
      i++;
      continue;
    }
    multi++;
    const next = bytes[i + 1] ?? -1;
    if (lead >= 0x81 && lead <= 0xfe && next >= 0x30 && next <= 0x39) {
      i += 4; // four-byte sequence
    } else {
      if (lead >= 0xa1 && lead <= 0xf7 && next >= 0xa1 && next <= 0xfe) gb2312++;
      i += 2;
    }
  }
  return { plausible: multi > 0 && gb2312 / multi >= MIN_GB2312_SHARE };
}

function strictDecode(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) n++;
  return n;
}

/** Rejects binary data that happened to decode: NULs, or many control characters. */
function checked(decoded: DecodedText): DecodedText {
  const { text } = decoded;
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) throw new IngestError(REASONS.binary);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x0b) || c === 0x7f) controls++;
  }
  if (controls > Math.max(MAX_CONTROL_ALWAYS, text.length * MAX_CONTROL_SHARE)) throw new IngestError(REASONS.binary);
  return decoded;
}
