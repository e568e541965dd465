/**
 * A fast path through the zod schema for declarations that are valid. The schema
 * (src/model/schema.ts) stays the one definition of what a declaration may hold; this module
 * compiles it once into plain functions that return exactly what zod returns for a value zod
 * accepts (same objects, same key order, the schema's own transforms and refinements applied), and
 * give up on anything else, so that zod itself reads every invalid declaration and says what is
 * wrong with it. Schema parts it does not know (URL and date formats …) are handed to zod.
 *
 * Why: zod spends ~60–90 ns on every check of every field (a payload object per field, an issues
 * array, the check loop); a declaration has ~1,000 fields with 3 checks each, so zod alone took
 * ~0.35 ms a report. The compiled path does the same tests without the bookkeeping.
 * test/unit/fast-schema.test.ts compares it with zod on every declaration we have and on damaged ones.
 */
import type { z } from 'zod';

/** Returned by a compiled part when it cannot vouch for the value. */
const FAIL: unique symbol = Symbol('fail');

type Fast = (value: unknown) => unknown;

/** A compiled schema part. `exact`: it fails exactly when zod fails (so a union may try its next option). */
interface Compiled {
  fast: Fast;
  exact: boolean;
}

// The parts of zod's internal definitions read here (zod/v4/core: $ZodTypeDef and the check defs).
interface Node {
  _zod: { def: Def; optin?: string; optout?: string; values?: Set<unknown>; innerType?: Node };
}
interface Check {
  _zod: { def: CheckDef; check: (payload: { value: unknown; issues: unknown[] }) => unknown };
}
interface Def {
  type: string;
  checks?: Check[];
  coerce?: boolean;
  format?: string;
  shape?: Record<string, Node>;
  catchall?: Node;
  element?: Node;
  innerType?: Node;
  in?: Node;
  out?: Node;
  options?: Node[];
  transform?: (value: unknown, payload?: unknown) => unknown;
  defaultValue?: unknown;
}
interface CheckDef {
  check: string;
  when?: unknown;
  minimum?: number;
  maximum?: number;
  value?: unknown;
  inclusive?: boolean;
  format?: string;
  pattern?: RegExp;
  tx?: (value: unknown) => unknown;
  fn?: (value: unknown) => unknown;
}

/**
 * The fast path for `schema`: the parsed value zod would return when the value is valid, else
 * `undefined` (parse it with zod then, for the result or the issues).
 */
export function fastParser<T extends object>(schema: z.ZodType<T>): (data: unknown) => T | undefined {
  const { fast } = compile(schema as unknown as Node, new Map());
  return (data) => {
    const out = fast(data);
    return out === FAIL ? undefined : (out as T);
  };
}

function compile(node: Node, done: Map<Node, Compiled>): Compiled {
  const have = done.get(node);
  if (have) return have;
  // Recursive schemas (budget lines within budget lines) meet themselves while being compiled.
  const entry: Compiled = { fast: (v) => entry.fast(v), exact: false };
  done.set(node, entry);
  const compiled = withChecks(node, done) ?? { fast: viaZod(node), exact: true };
  entry.fast = compiled.fast;
  entry.exact = compiled.exact;
  return entry;
}

/** Let zod decide for this part (always exact). */
function viaZod(node: Node): Fast {
  const schema = node as unknown as z.ZodType;
  return (v) => {
    const r = schema.safeParse(v);
    return r.success ? r.data : FAIL;
  };
}

/** The part with its own checks after it, or undefined when a check is one this module does not know. */
function withChecks(node: Node, done: Map<Node, Compiled>): Compiled | undefined {
  const parsed = parser(node, done);
  if (!parsed) return undefined;
  const steps: Fast[] = [];
  for (const c of node._zod.def.checks ?? []) {
    const step = checkStep(c);
    if (!step) return undefined;
    steps.push(step);
  }
  if (steps.length === 0) return parsed;
  const { fast } = parsed;
  return {
    exact: parsed.exact,
    fast: (v) => {
      let out = fast(v);
      for (let i = 0; i < steps.length && out !== FAIL; i++) out = steps[i]!(out);
      return out;
    },
  };
}

/** One check as a step that passes the value on (changed, for an overwrite) or fails. */
function checkStep(c: Check): Fast | undefined {
  const d = c._zod.def;
  const lengthCheck = d.check === 'min_length' || d.check === 'max_length';
  // `when` is zod's own guard on length checks (value has a length); any other condition: zod decides.
  if (d.when !== undefined && !lengthCheck) return undefined;
  switch (d.check) {
    case 'overwrite':
      return d.tx;
    case 'custom': {
      const fn = d.fn;
      if (fn) return (v) => (fn(v) ? v : FAIL);
      // A superRefine: zod's own check, run on a payload of our own; any issue it adds is a failure.
      const check = c._zod.check;
      return (v) => {
        const payload = { value: v, issues: [] };
        const out = check(payload);
        return out === undefined && payload.issues.length === 0 ? v : FAIL;
      };
    }
    case 'min_length': {
      const min = d.minimum!;
      // Strings count code points, as zod does.
      return (v) => ((typeof v === 'string' && v.length < 2 * min ? [...v].length : (v as { length: number }).length) >= min ? v : FAIL);
    }
    case 'max_length': {
      const max = d.maximum!;
      return (v) => ((typeof v === 'string' && v.length > max ? [...v].length : (v as { length: number }).length) <= max ? v : FAIL);
    }
    case 'greater_than': {
      const { value, inclusive } = d;
      if (typeof value !== 'number') return undefined;
      return (v) => ((inclusive ? (v as number) >= value : (v as number) > value) ? v : FAIL);
    }
    case 'less_than': {
      const { value, inclusive } = d;
      if (typeof value !== 'number') return undefined;
      return (v) => ((inclusive ? (v as number) <= value : (v as number) < value) ? v : FAIL);
    }
    case 'number_format':
      return d.format === 'safeint' ? (v) => (Number.isSafeInteger(v) ? v : FAIL) : undefined;
    case 'string_format': {
      const pattern = d.pattern;
      if (d.format !== 'regex' || !pattern) return undefined;
      return (v) => {
        pattern.lastIndex = 0;
        return pattern.test(v as string) ? v : FAIL;
      };
    }
    default:
      return undefined;
  }
}

/** The part itself, before its checks; undefined for what zod should decide. */
function parser(node: Node, done: Map<Node, Compiled>): Compiled | undefined {
  const def = node._zod.def;
  switch (def.type) {
    case 'string':
      if (def.coerce || def.format !== undefined) return undefined;
      return { exact: true, fast: (v) => (typeof v === 'string' ? v : FAIL) };
    case 'number':
      if (def.coerce || def.format !== undefined) return undefined;
      return { exact: true, fast: (v) => (typeof v === 'number' && Number.isFinite(v) ? v : FAIL) };
    case 'enum': {
      const values = node._zod.values!;
      return { exact: true, fast: (v) => (values.has(v) ? v : FAIL) };
    }
    case 'optional': {
      if (def.innerType!._zod.optin === 'defaulted') return undefined;
      const inner = compile(def.innerType!, done);
      return { exact: inner.exact, fast: (v) => (v === undefined ? undefined : inner.fast(v)) };
    }
    case 'nullable': {
      const inner = compile(def.innerType!, done);
      return { exact: inner.exact, fast: (v) => (v === null ? null : inner.fast(v)) };
    }
    case 'default': {
      const inner = compile(def.innerType!, done);
      return {
        exact: inner.exact,
        fast: (v) => {
          const out = v === undefined ? undefined : inner.fast(v);
          return out === undefined ? def.defaultValue : out;
        },
      };
    }
    case 'lazy':
      return compile(node._zod.innerType!, done);
    case 'pipe': {
      const a = compile(def.in!, done);
      const b = compile(def.out!, done);
      return {
        exact: a.exact && b.exact,
        fast: (v) => {
          const mid = a.fast(v);
          return mid === FAIL ? FAIL : b.fast(mid);
        },
      };
    }
    case 'transform': {
      const tx = def.transform!;
      // A transform that reads zod's payload (to add issues) needs zod.
      if (tx.length > 1) return undefined;
      return { exact: true, fast: (v) => tx(v) };
    }
    case 'union': {
      const options = def.options!.map((o) => compile(o, done));
      return {
        exact: options.every((o) => o.exact),
        fast: (v) => {
          // The first option that accepts the value, as zod; a refusal that may not be zod's own ends the search.
          for (const o of options) {
            const out = o.fast(v);
            if (out !== FAIL || !o.exact) return out;
          }
          return FAIL;
        },
      };
    }
    case 'array': {
      const element = compile(def.element!, done).fast;
      return {
        exact: false,
        fast: (v) => {
          if (!Array.isArray(v)) return FAIL;
          const out = new Array<unknown>(v.length);
          for (let i = 0; i < v.length; i++) {
            const item = element(v[i]);
            if (item === FAIL) return FAIL;
            out[i] = item;
          }
          return out;
        },
      };
    }
    case 'object':
      return objectParser(def, done);
    default:
      return undefined;
  }
}

/** A strict object: keys in the schema's order, present as zod makes them present; any other key fails. */
function objectParser(def: Def, done: Map<Node, Compiled>): Compiled | undefined {
  if (def.catchall?._zod.def.type !== 'never') return undefined;
  const shape = def.shape!;
  const keys = Object.keys(shape).filter((k) => k !== '__proto__');
  // A key is taken as present when it holds a value; keys every object inherits would break that.
  if (keys.some((k) => k in Object.prototype)) return undefined;
  const fields = keys.map((key) => {
    const node = shape[key]!;
    const { optin, optout } = node._zod;
    return { key, fast: compile(node, done).fast, optional: optin !== undefined && optout === 'optional', required: optin === undefined, defaulted: optin === 'defaulted' };
  });
  // As zod's object parser: an optional key absent stays absent, a required one fails, a defaulted
  // one is always written, and any other part writes what it made of the value. The parser is
  // generated with the keys written out (as zod does), so that reading and writing each key is a
  // plain property access instead of a lookup by a key held in a variable.
  const steps = fields.map((f, i) => {
    const k = JSON.stringify(f.key);
    const absent = f.required ? 'return FAIL;' : f.optional ? '' : `r = f${i}(v); if (r === FAIL) return FAIL; if (${f.defaulted} || r !== undefined) out[${k}] = r;`;
    return `v = input[${k}]; if (v === undefined) { ${absent} } else { found++; r = f${i}(v); if (r === FAIL) return FAIL; out[${k}] = r; }`;
  });
  let parse: Fast;
  try {
    const make = new Function('FAIL', ...fields.map((_, i) => `f${i}`), `return (input) => { const out = {}; let found = 0, v, r; ${steps.join('\n')} return Object.keys(input).length === found ? out : FAIL; };`);
    parse = make(FAIL, ...fields.map((f) => f.fast)) as Fast;
  } catch {
    return undefined; // code generation not allowed here (--disallow-code-generation-from-strings): zod decides
  }
  return {
    exact: false,
    fast: (v) => (typeof v !== 'object' || v === null || Array.isArray(v) ? FAIL : parse(v)),
  };
}
