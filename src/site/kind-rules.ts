/**
 * The 明账归类 section of the rules page: each kind of src/compare/project-kinds.ts in display
 * order, with the keywords of the rule that assigns it and why that rule stands where it does.
 */
import { KIND_RULES, PROJECT_KINDS, type KindRule } from '../compare/project-kinds.ts';
import { kindAnchor } from './paths.ts';

export interface KindRuleView {
  /** Element id the project cards' 明账归类 links point at (`kindHref`). */
  anchor: string;
  label: string;
  description: string;
  /** "关键词：…。why", absent for a kind no keyword rule assigns (其他). */
  basis?: string;
}

export function kindRulesView(): KindRuleView[] {
  const ruleOf = new Map<string, KindRule>();
  // The first rule for a kind is the one the page names, as the rules are tried in order.
  for (const r of KIND_RULES) if (!ruleOf.has(r.kind)) ruleOf.set(r.kind, r);
  return PROJECT_KINDS.map((k) => {
    const rule = ruleOf.get(k.id);
    const view: KindRuleView = { anchor: kindAnchor(k.id), label: k.label, description: k.description };
    if (rule) view.basis = `关键词：${rule.keywords.join('、')}。${rule.why}`;
    return view;
  });
}
