import { describe, expect, it } from 'vitest';
import { isDemoId } from '../../../src/core/generate/demoId';

describe('isDemoId', () => {
  it.each([
    ['demo-s42-00001', true],
    ['demo-anything', true],
    ['002ee663c73c7add6ce2cabe29e4ae02', false],
    ['my-demo-s1', false],
    ['Demo-s1-00001', false],
  ])('%s -> %s', (id, expected) => {
    expect(isDemoId(id)).toBe(expected);
  });
});
