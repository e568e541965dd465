import { describe, expect, it } from 'vitest';
import { KIND_RULES, PROJECT_KINDS } from '../../src/compare/project-kinds.ts';
import { kindRulesView } from '../../src/site/kind-rules.ts';
import { kindHref } from '../../src/site/paths.ts';

describe('the 明账归类 section of the rules page', () => {
  const view = kindRulesView();

  it('lists every kind once, in display order, where the project cards link to', () => {
    expect(view.map((k) => k.label)).toEqual(PROJECT_KINDS.map((k) => k.label));
    for (const [i, k] of PROJECT_KINDS.entries()) expect(kindHref(k.id).endsWith(`#${view[i]!.anchor}`)).toBe(true);
  });

  it('gives each kind the keywords and reason of its first rule, and none to a kind no rule assigns', () => {
    const huiyi = view[PROJECT_KINDS.findIndex((k) => k.id === 'huiyi')]!;
    expect(huiyi.basis).toBe(`关键词：人代会、会议。${KIND_RULES[0]!.why}`);
    expect(KIND_RULES.some((r) => r.kind === 'qita')).toBe(false);
    expect(view[PROJECT_KINDS.findIndex((k) => k.id === 'qita')]!.basis).toBeUndefined();
  });
});
