export interface DecodedText {
  /** A leading byte order mark is kept: each reader knows whether it may skip it. */
  text: string;
  /** Invalid UTF-8 sequences read as U+FFFD. */
  replaced: number;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenientUtf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/**
 * UTF-8 text of a file's bytes, with invalid sequences replaced rather than refused, and how many
 * were (a U+FFFD the file itself holds is not counted: the strict decoder is tried first).
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  try {
    return { text: strictUtf8.decode(bytes), replaced: 0 };
  } catch {
    const text = lenientUtf8.decode(bytes);
    let replaced = 0;
    for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) replaced++;
    return { text, replaced };
  }
}
