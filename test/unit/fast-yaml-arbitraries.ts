/**
 * fast-check generators for the differential tests of the fast YAML reader (fast-yaml.test.ts):
 * documents over the reader's subset mixed with everything that is close to it but means
 * something else in YAML, and edits of the seed declarations.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';

/** White space: YAML's own (space, tab), and what it treats as content (the rest). */
export const UNICODE_SPACES = [' ', '\t', '\u3000', '\u00a0', '\u2003', '\u202f', '\u205f', '\u1680', '\u200b'];
/** Line ends and controls YAML 1.1 or JavaScript treat as line ends or spaces, and other controls. */
export const CONTROLS = ['\ufeff', '\u2028', '\u2029', '\u000b', '\u000c', '\u0085', '\r', '\u0000', '\u0001', '\u007f', '\u001b'];
/** Every character with a meaning in YAML. */
export const INDICATORS = [...'-?:,[]{}#&*!|>\'"%@`\\'];
/** Numbers of every shape the core schema reads, and some it does not. */
export const NUMBERS = [
  '0', '00', '010101', '-0', '+0', '-00', '1e3', '1E3', '.5', '-.5', '1.', '0x1F', '0o17', '0b101', '2024.0', '2024', '-12', '+1',
  '12345678901234567890', '9007199254740991', '9007199254740993', '-9007199254740993', '1_000', '.inf', '-.inf', '+.Inf', '.nan', '.NaN',
  '0.0', '-1.5e-3', '08', '6431.71', '83.00', '1,048.54', '1e400', '-0.0', '0e0',
];

const chars = fc.constantFrom(...UNICODE_SPACES, ...CONTROLS, ...INDICATORS, 'a', 'x', '中', '文', '0', '1', '.', 'e', '+', '\n', '\r\n', '  ', '- ', ': ', ' #');
/** A short run of arbitrary characters from the alphabet above. */
const noise = fc.array(chars, { minLength: 1, maxLength: 4 }).map((a) => a.join(''));
const space = fc.constantFrom(...UNICODE_SPACES);

const word = fc.constantFrom('草稿', '中文 值', 'x', 'a b', 'it', '产出指标', '=100%', 'null', 'Null', '~', 'true', 'False', 'yes', 'no', 'on', '<p>');
const key = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom('a', 'b', 'name', 'amount', 'year', 'unit', '单位', 'k-1', '_x') },
  { weight: 1, arbitrary: fc.constantFrom('__proto__', 'null', 'true', '1', '"q"', "'s'", 'a b', 'a\u3000', 'x ') },
  { weight: 1, arbitrary: noise },
);

const plain = fc.oneof(fc.constantFrom(...NUMBERS), word, word, fc.constantFrom(...NUMBERS), fc.tuple(word, space).map(([w, s]) => w + s), fc.tuple(space, fc.constantFrom(...NUMBERS)).map(([s, n]) => s + n), fc.tuple(fc.constantFrom(...NUMBERS), space).map(([n, s]) => n + s), noise);
const quotedString = fc.tuple(fc.constantFrom('"', "'"), fc.array(fc.oneof(chars, word), { maxLength: 3 })).map(([q, parts]) => `${q}${parts.join('')}${q}`);
const flowMap = fc.array(fc.tuple(key, fc.oneof(plain, quotedString)), { maxLength: 3 }).chain((pairs) =>
  fc.constantFrom(', ', ',', ' , ').map((sep) => `{ ${pairs.map(([k, v]) => `${k}: ${v}`).join(sep)} }`),
);
const value = fc.oneof({ weight: 12, arbitrary: plain }, { weight: 3, arbitrary: quotedString }, { weight: 2, arbitrary: flowMap }, { weight: 1, arbitrary: noise });
const comment = fc.oneof({ weight: 6, arbitrary: fc.constant('') }, fc.constantFrom(' # c', ' #', '#c', ' # 注释 : - [', '\t# t'));

type Edit = [number, 'insert' | 'delete' | 'replace', string];
const edits = fc.array(
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), fc.constantFrom('insert' as const, 'delete' as const, 'replace' as const), fc.oneof(chars, fc.constantFrom(...NUMBERS))),
  { maxLength: 3 },
);

function edit(text: string, changes: Edit[]): string {
  for (const [where, op, ch] of changes) {
    const at = Math.floor(where * text.length);
    if (op === 'insert') text = text.slice(0, at) + ch + text.slice(at);
    else if (op === 'delete') text = text.slice(0, at) + text.slice(at + 1);
    else text = text.slice(0, at) + ch + text.slice(at + 1);
  }
  return text;
}

type Tree = { map: [string, Tree][] } | { seq: Tree[] } | { scalar: string };

/** Nested mappings and sequences, with scalars and one-line flow mappings as leaves. */
const { tree } = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 3, arbitrary: value.map((v) => ({ scalar: v })) },
    // Mostly distinct keys (a duplicate key is an error the fast reader leaves to the full parser).
    { weight: 2, arbitrary: fc.uniqueArray(fc.tuple(key, tie('tree')), { minLength: 1, maxLength: 4, selector: ([k]) => k }).map((map) => ({ map })) },
    { weight: 1, arbitrary: fc.array(tie('tree'), { minLength: 1, maxLength: 3 }).map((seq) => ({ seq })) },
  ),
}));

/** Block YAML for `t` at `indent` (the subset's way of writing it), as lines. */
function render(t: Tree, indent: string, c: () => string): string[] {
  if ('scalar' in t) return [`${indent}${t.scalar}${c()}`];
  if ('map' in t)
    return t.map.flatMap(([k, v]) => ('scalar' in v ? [`${indent}${k}: ${v.scalar}${c()}`] : [`${indent}${k}:${c()}`, ...render(v, `${indent}  `, c)]));
  return t.seq.flatMap((v) => {
    if ('scalar' in v) return [`${indent}- ${v.scalar}${c()}`];
    const inner = render(v, `${indent}  `, c);
    // `- key: value` on the dash's line, as declarations write their lists of mappings.
    return 'map' in v ? [`${indent}- ${inner[0]!.slice(indent.length + 2)}`, ...inner.slice(1)] : [`${indent}-${c()}`, ...inner];
  });
}

/**
 * A whole document: a mapping rendered as the subset writes it, lines joined by LF (sometimes
 * CRLF), with or without a final line end, then a few characters of the alphabet inserted,
 * deleted or replaced.
 */
export const yamlDocument = fc
  .tuple(
    fc.uniqueArray(fc.tuple(key, tree), { minLength: 1, maxLength: 5, selector: ([k]) => k }),
    fc.array(comment, { minLength: 8, maxLength: 8 }),
    fc.constantFrom('\n', '\n', '\n', '\n', '\n', '\n', '\n', '\r\n'),
    fc.boolean(),
    // Half the documents as rendered, half with edits that may take them out of the subset.
    fc.oneof(fc.constant<Edit[]>([]), edits),
  )
  .map(([top, comments, eol, last, changes]) => {
    let n = 0;
    const lines = render({ map: top }, '', () => comments[n++ % comments.length]!);
    return edit(lines.join(eol) + (last ? eol : ''), changes);
  });

const seedDir = join(import.meta.dirname, '../../content/reports/2024');
const seeds = readdirSync(seedDir)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => readFileSync(join(seedDir, f), 'utf8').split('\n'));

/**
 * The first lines of a seed declaration with a few characters inserted, deleted or replaced.
 * (A prefix, not the whole file, so that thousands of cases run in seconds; prefixes ending on a
 * line end are themselves valid declarations-in-progress.)
 */
export const editedSeed = fc
  .tuple(fc.integer({ min: 0, max: seeds.length - 1 }), fc.integer({ min: 5, max: 120 }), edits.filter((e) => e.length > 0))
  .map(([s, lines, changes]) => edit(seeds[s]!.slice(0, lines).join('\n') + '\n', changes));
