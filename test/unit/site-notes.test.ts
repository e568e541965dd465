import { describe, expect, it } from 'vitest';
import { notesByField } from '../../src/site/notes.ts';

describe('transcription notes', () => {
  it('name each field once, with all its notes in the order written', () => {
    const notes = [
      { where: 'overall.expenditure', text: 'a' },
      { where: 'source', text: 'b' },
      { where: 'overall.expenditure', text: 'c' },
    ];
    expect(notesByField(notes)).toEqual([
      { where: 'overall.expenditure', texts: ['a', 'c'] },
      { where: 'source', texts: ['b'] },
    ]);
    expect(notesByField([])).toEqual([]);
  });
});
