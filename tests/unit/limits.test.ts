// @vitest-environment node -- pure data code.
import { describe, expect, it } from 'vitest';
import { FILE_LIMIT_TEXT, MAX_FILE_BYTES, fileSizeProblem, withThousands } from '../../src/data/limits';

describe('file limit text', () => {
  it('writes whole numbers as en-US does, without Intl', () => {
    for (const n of [0, 7, 999, 1000, 12_345, 999_999, 1_000_000, MAX_FILE_BYTES, 9_007_199_254_740_991])
      expect(withThousands(n)).toBe(n.toLocaleString('en-US'));
  });

  it('states the limit exactly, and the size of a file over it', () => {
    expect(FILE_LIMIT_TEXT).toBe('10 MiB (10,485,760 bytes)');
    expect(fileSizeProblem(MAX_FILE_BYTES)).toBeUndefined();
    expect(fileSizeProblem(12_345_678)?.message).toBe(
      'the file is too large: 12,345,678 bytes (11.8 MiB), the limit is 10 MiB (10,485,760 bytes)',
    );
  });
});
