/** Where a JSON text stops being valid: a code-unit index into the text, and whether the text simply ended. */
export interface JsonSyntaxError {
  index: number;
  atEnd: boolean;
}

type Expecting = 'value' | 'key' | 'after-value';

/**
 * The first place where `text` breaks the JSON grammar (RFC 8259), or null when it does not.
 * JSON.parse already says whether a text is valid, but its messages differ between engines and
 * often carry no position ("Unexpected end of JSON input"); this scan runs only after it failed,
 * to tell the user where. Nesting is tracked on an explicit stack, so no depth overflows it.
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  const containers: ('object' | 'array')[] = [];
  let expecting: Expecting = 'value';
  let i = skipSpace(text, 0);
  for (;;) {
    if (i >= text.length) return containers.length === 0 && expecting === 'after-value' ? null : end(text);
    const char = text[i]!;
    if (expecting === 'key') {
      if (char !== '"') return at(i);
      i = scanString(text, i);
      if (i < 0) return failure(text, i);
      i = skipSpace(text, i);
      if (i >= text.length) return end(text);
      if (text[i] !== ':') return at(i);
      i = skipSpace(text, i + 1);
      expecting = 'value';
    } else if (expecting === 'value') {
      if (char === '{' || char === '[') {
        const close = char === '{' ? '}' : ']';
        i = skipSpace(text, i + 1);
        if (text[i] === close) {
          i = skipSpace(text, i + 1);
          expecting = 'after-value';
        } else {
          containers.push(char === '{' ? 'object' : 'array');
          expecting = char === '{' ? 'key' : 'value';
        }
        continue;
      }
      i = scanScalar(text, i);
      if (i < 0) return failure(text, i);
      i = skipSpace(text, i);
      expecting = 'after-value';
    } else {
      const container = containers.at(-1);
      if (container === undefined) return at(i);
      if (char === ',') {
        i = skipSpace(text, i + 1);
        expecting = container === 'object' ? 'key' : 'value';
      } else if (char === (container === 'object' ? '}' : ']')) {
        containers.pop();
        i = skipSpace(text, i + 1);
      } else {
        return at(i);
      }
    }
  }
}

/** Scanners return the index after what they read, or -1 - (index of the fault); a fault at text.length is the end. */
function failure(text: string, encoded: number): JsonSyntaxError {
  const index = -1 - encoded;
  return index >= text.length ? end(text) : at(index);
}

function at(index: number): JsonSyntaxError {
  return { index, atEnd: false };
}

function end(text: string): JsonSyntaxError {
  return { index: text.length, atEnd: true };
}

function fault(index: number): number {
  return -1 - index;
}

function skipSpace(text: string, from: number): number {
  let i = from;
  for (;;) {
    const char = text[i];
    if (char !== ' ' && char !== '\t' && char !== '\n' && char !== '\r') return i;
    i++;
  }
}

const LITERALS = ['true', 'false', 'null'] as const;

function scanScalar(text: string, start: number): number {
  const char = text[start]!;
  if (char === '"') return scanString(text, start);
  if (char === '-' || isDigit(char)) return scanNumber(text, start);
  const literal = LITERALS.find((word) => word[0] === char);
  if (literal === undefined) return fault(start);
  for (let offset = 1; offset < literal.length; offset++) {
    if (text[start + offset] !== literal[offset]) return fault(start + offset);
  }
  return start + literal.length;
}

const ESCAPES = '"\\/bfnrt';

function scanString(text: string, start: number): number {
  let i = start + 1;
  for (;;) {
    if (i >= text.length) return fault(i);
    const code = text.charCodeAt(i);
    if (code === 0x22) return i + 1;
    if (code < 0x20) return fault(i);
    if (code === 0x5c) {
      const escaped = text[i + 1];
      if (escaped === undefined) return fault(i + 1);
      if (escaped === 'u') {
        for (let digit = 2; digit < 6; digit++) {
          if (!isHexDigit(text[i + digit])) return fault(i + digit);
        }
        i += 6;
        continue;
      }
      if (!ESCAPES.includes(escaped)) return fault(i + 1);
      i += 2;
      continue;
    }
    i++;
  }
}

function scanNumber(text: string, start: number): number {
  let i = start;
  if (text[i] === '-') i++;
  if (text[i] === '0') i++;
  else if (isDigit(text[i])) i = skipDigits(text, i);
  else return fault(i);
  if (text[i] === '.') {
    if (!isDigit(text[i + 1])) return fault(i + 1);
    i = skipDigits(text, i + 1);
  }
  if (text[i] === 'e' || text[i] === 'E') {
    i++;
    if (text[i] === '+' || text[i] === '-') i++;
    if (!isDigit(text[i])) return fault(i);
    i = skipDigits(text, i);
  }
  return i;
}

function skipDigits(text: string, from: number): number {
  let i = from;
  while (isDigit(text[i])) i++;
  return i;
}

function isDigit(char: string | undefined): boolean {
  return char !== undefined && char >= '0' && char <= '9';
}

function isHexDigit(char: string | undefined): boolean {
  return char !== undefined && /^[0-9a-fA-F]$/.test(char);
}
