/**
 * Text in the two encodings registers and clients use, decoded strictly: bytes that are not
 * valid in the encoding are found and named, never read as replacement characters. Shared by
 * the command line's batch and the decision service.
 */
import { isUtf8 } from 'node:buffer';

export type Encoding = 'utf-8' | 'gb18030';

/**
 * Where in `bytes` a strict decoder first gives up: the shortest prefix that fails when
 * decoded as the start of a stream (a prefix cut inside a character does not fail; one
 * that holds a wrong byte does, and so do all longer ones, hence the bisection).
 */
const firstBadByte = (bytes: Uint8Array, encoding: Encoding): number => {
  const fails = (n: number) => {
    try {
      new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(0, n), { stream: true });
      return false;
    } catch {
      return true;
    }
  };
  let low = 1;
  let high = bytes.length;
  if (!fails(high)) return bytes.length; // only the end is cut inside a character
  while (low < high) {
    const middle = (low + high) >> 1;
    if (fails(middle)) high = middle;
    else low = middle + 1;
  }
  return low - 1;
};

const gb18030 = new TextDecoder('gb18030', { fatal: true });

/**
 * A line's (or a body's) text, or where its bytes are not valid in the encoding: never a
 * replacement character in place of a byte the input does not have.
 */
export const decodeLine = (bytes: Buffer, encoding: Encoding): string | { badByte: number } => {
  if (encoding === 'utf-8') return isUtf8(bytes) ? bytes.toString('utf8') : { badByte: firstBadByte(bytes, encoding) };
  try {
    return gb18030.decode(bytes);
  } catch {
    return { badByte: firstBadByte(bytes, encoding) };
  }
};

/** GBK is a subset of GB18030, so a GBK file is read by the GB18030 decoder. */
export const encodingNamed = (name: string): Encoding | undefined => {
  const lower = name.toLowerCase().replace(/[_\s]/g, '-');
  if (lower === 'utf-8' || lower === 'utf8') return 'utf-8';
  if (lower === 'gb18030' || lower === 'gbk' || lower === 'gb2312') return 'gb18030';
  return undefined;
};
