import { describe, expect, it } from 'vitest';
import { cellText } from '../../../src/core/export/buildCsvRows';
import { neutralizeFormula } from '../../../src/core/export/neutralizeFormula';

describe('neutralizeFormula', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+A', "'+A"],
    ['-2', "'-2"],
    ['-5%', "'-5%"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    [' =x', "' =x"],
    ['  @x', "'  @x"],
    ['\n+x', "'\n+x"],
    ['=HYPERLINK("http://example.test")', '\'=HYPERLINK("http://example.test")'],
    ['=1\n+2', "'=1\n+2"],
  ])('prefixes %j with a quote', (cell, expected) => {
    expect(neutralizeFormula(cell)).toBe(expected);
  });

  it.each([
    'Solar panels get cheaper',
    'a=b',
    '1+1',
    'e-mail',
    'user@example.test',
    ' plain with a leading space',
    '\nline feed then text',
    "'already quoted",
    '',
    '€ 5',
    '"quoted"',
  ])('leaves %j unchanged', (cell) => {
    expect(neutralizeFormula(cell)).toBe(cell);
  });
});

describe('cellText, with the protection on and off', () => {
  it.each<[string, string, string]>([
    ['=1+1', "'=1+1", '=1+1'],
    ['+A', "'+A", '+A'],
    ['-2', "'-2", '-2'],
    ['@SUM', "'@SUM", '@SUM'],
    ['\tx', "'\tx", '\tx'],
    ['\rx', "'\rx", '\rx'],
    [' =x', "' =x", ' =x'],
    ['plain text', 'plain text', 'plain text'],
  ])('writes the text %j as %j when on, %j when off', (text, on, off) => {
    expect(cellText(text, { neutralizeFormulas: true })).toBe(on);
    expect(cellText(text, { neutralizeFormulas: false })).toBe(off);
  });

  it('neutralises a list by its first item', () => {
    expect(cellText(['-minus', 'b'], { neutralizeFormulas: true })).toBe("'-minus; b");
    expect(cellText(['a', '=b'], { neutralizeFormulas: true })).toBe('a; =b');
  });

  it('never touches numbers: only text can be a formula', () => {
    expect(cellText(-5, { neutralizeFormulas: true })).toBe('-5');
    expect(cellText(3.6666666666666665, { neutralizeFormulas: true })).toBe('3.6666666666666665');
    expect(cellText(3.6666666666666665, { neutralizeFormulas: true, maxFractionDigits: 2 })).toBe('3.67');
    expect(cellText(null, { neutralizeFormulas: true })).toBe('');
  });
});
