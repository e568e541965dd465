/**
 * Project kinds (项目类别): a small documented taxonomy of what a project's money is for, so the
 * projects of different offices can be put side by side ("how much does each spend on its
 * 人代会?").
 *
 * How a project gets its kind, in this order:
 * 1. `kind` in the content file (项目类别，覆盖自动归类), with `kind_reason` if given: a person decided.
 * 2. The first rule in `KIND_RULES` whose keyword appears in the project's NAME.
 * 3. Only when no rule matches the name: the first rule whose keyword appears in what the money is
 *    for (资金用途 `purpose`, or a key task's 主要实施内容 `content`). Names are what documents
 *    use to label money; descriptions ramble ("…培训、视察、检查、调研等活动"), so they only break ties
 *    the name leaves open.
 * 4. Otherwise `qita` (其他), saying that no rule matched.
 *
 * Rules are ordered from specific to general; the order is part of the taxonomy (e.g. 人大代表履职
 * 培训费 is 培训, not 代表履职, because 培训 comes first). Every result carries a Chinese reason a
 * reader can check against the name.
 *
 * This module has no runtime imports, so the schema (src/model/schema.ts) can use the ids.
 */

/** Taxonomy ids: ASCII (pinyin) so they are stable in URLs, CSV columns and the JSON schema. */
export const PROJECT_KIND_IDS = [
  'huiyi',
  'xuanju',
  'peixun',
  'jiazhan',
  'xinxihua',
  'xuanchuan',
  'laoganbu',
  'xinfang',
  'zhaoshang',
  'jiandu',
  'daibiao',
  'xiangzhen',
  'yewu',
  'qita',
] as const;

export type ProjectKindId = (typeof PROJECT_KIND_IDS)[number];

/** One kind of the taxonomy. */
export interface ProjectKind {
  id: ProjectKindId;
  /** Short Chinese label for tables and charts. */
  label: string;
  /** What belongs here, in plain Chinese. */
  description: string;
}

/** The taxonomy, in display order. */
export const PROJECT_KINDS: readonly ProjectKind[] = [
  { id: 'huiyi', label: '会议', description: '召开人民代表大会会议（人代会）及常委会会议的费用：会场、食宿、交通、材料等。' },
  { id: 'xuanju', label: '选举', description: '换届选举、代表补选、选民登记等选举工作经费。' },
  { id: 'peixun', label: '培训', description: '人大代表、常委会组成人员和机关干部的履职培训、学习考察。' },
  {
    id: 'jiazhan',
    label: '代表之家/联络站',
    description: '代表之家、代表联络站、基层立法联系点等代表联系群众的场所的建设和运行。',
  },
  { id: 'xinxihua', label: '信息化/系统', description: '信息系统、平台、网络（如智慧人大、数字人大、预算联网监督系统）的建设、开发和运行维护。' },
  { id: 'xuanchuan', label: '宣传/出版', description: '人大宣传、刊物和节目的编印制作、报刊订阅。' },
  { id: 'laoganbu', label: '老干部/慰问', description: '离退休老干部的慰问、活动和补贴。' },
  { id: 'xinfang', label: '信访', description: '人大信访工作经费。' },
  { id: 'zhaoshang', label: '招商', description: '招商引资工作经费。' },
  { id: 'jiandu', label: '监督/视察', description: '执法检查、视察、调研、预算审查、代表票决民生实事等监督工作。' },
  { id: 'daibiao', label: '代表履职/活动', description: '人大代表的活动、履职补贴、建议办理等（培训、选举、代表之家另列）。' },
  { id: 'xiangzhen', label: '乡镇人大', description: '用于乡镇（街道）人大工作的专项经费。' },
  { id: 'yewu', label: '综合业务', description: '不分用途的机关业务经费、工作经费（如“人大工作经费”“各工委业务经费”）。' },
  { id: 'qita', label: '其他', description: '没有任何规则匹配、内容中也没有指定类别的项目。' },
];

/** A keyword rule: the first rule (in this order) with a keyword in the name decides the kind. */
export interface KindRule {
  /** Rule id, shown in reasons; same as the kind it assigns. */
  id: string;
  kind: ProjectKindId;
  keywords: readonly string[];
  /** Why the rule is where it is, for the taxonomy page. */
  why: string;
}

/** The ordered keyword rules. */
export const KIND_RULES: readonly KindRule[] = [
  {
    id: 'huiyi',
    kind: 'huiyi',
    keywords: ['人代会', '会议'],
    why: '“会议费”“人代会”是会议经费的通用叫法；放在最前，因为会议经费常带“人大”“代表”等其他规则的词（如“人大会议经费”）。',
  },
  {
    id: 'xuanju',
    kind: 'xuanju',
    keywords: ['选举', '补选', '换届'],
    why: '选举经费的名称常含“代表”（如“人大代表补选经费”），所以排在代表履职之前。',
  },
  {
    id: 'peixun',
    kind: 'peixun',
    keywords: ['培训', '学习考察'],
    why: '培训项目常写作“人大代表履职培训费”，含“代表履职”，所以排在代表履职之前。',
  },
  {
    id: 'jiazhan',
    kind: 'jiazhan',
    keywords: ['代表之家', '联络站', '联系点', '代表活动室'],
    why: '家、站、点是场所的建设和运行，名称常含“代表”“活动”，所以排在代表履职之前。',
  },
  {
    id: 'xinxihua',
    kind: 'xinxihua',
    keywords: ['信息化', '系统', '智慧', '数字', '联网', '网络', '软件', '平台', '运维'],
    why: '系统类项目常带“预算监督”“审查”等词（如“人大联网预算监督等系统及运维”），钱花在系统上，所以排在监督之前。',
  },
  {
    id: 'xuanchuan',
    kind: 'xuanchuan',
    keywords: ['宣传', '出版', '《', '之声', '一报一刊', '报刊', '杂志', '期刊', '订阅', '新闻'],
    why: '刊物名写在书名号里（如“《人大之声》制作经费”）；订阅报刊的项目名称常含“代表”，所以排在代表履职之前。',
  },
  {
    id: 'laoganbu',
    kind: 'laoganbu',
    keywords: ['老干部', '离退休', '退休', '慰问'],
    why: '慰问老干部的补贴也叫“补贴”，与代表履职补贴区分，所以排在代表履职之前。',
  },
  { id: 'xinfang', kind: 'xinfang', keywords: ['信访'], why: '“信访工作经费”含“工作经费”，所以排在综合业务之前。' },
  { id: 'zhaoshang', kind: 'zhaoshang', keywords: ['招商'], why: '招商引资经费，名称明确。' },
  {
    id: 'jiandu',
    kind: 'jiandu',
    keywords: ['视察', '执法检查', '调研', '监督', '审查', '票决'],
    why: '视察、执法检查、预算审查是常委会的监督工作；“代表票决制”项目名称含“代表”，所以排在代表履职之前。',
  },
  {
    id: 'daibiao',
    kind: 'daibiao',
    keywords: ['代表'],
    why: '名称含“代表”而不属于以上各类的，是代表活动、履职补贴、建议办理等代表履职经费。',
  },
  {
    id: 'xiangzhen',
    kind: 'xiangzhen',
    keywords: ['镇级', '乡镇人大', '街道人大'],
    why: '用于乡镇人大的专项经费；乡镇代表之家等已由前面的规则归类。',
  },
  {
    id: 'yewu',
    kind: 'yewu',
    keywords: ['业务经费', '工作经费', '专委会', '工委'],
    why: '不分用途的业务经费、工作经费放在最后，避免吞掉有具体用途的项目。',
  },
];

/** Where the kind came from: the content file, a rule on the name, a rule on the description, or none. */
export type KindSource = 'content' | 'name' | 'description' | 'default';

/** The kind a project was given, and why, in Chinese. */
export interface KindAssignment {
  kind: ProjectKindId;
  /** e.g. `名称含“会议”（规则 huiyi）`, `内容中指定：…`. */
  reason: string;
  source: KindSource;
  /** The rule that matched (sources name and description). */
  rule?: string | undefined;
  /** The keyword that matched (sources name and description). */
  keyword?: string | undefined;
}

/** What classification reads: a project (name, purpose) or a key task (name, content). */
export interface Classifiable {
  name: string;
  kind?: ProjectKindId | undefined;
  kind_reason?: string | undefined;
  purpose?: string | undefined;
  content?: string | undefined;
}

const BY_ID = new Map(PROJECT_KINDS.map((k) => [k.id, k]));

/** The kind with this id. */
export function projectKind(id: ProjectKindId): ProjectKind {
  return BY_ID.get(id)!;
}

/** Is `s` one of the taxonomy ids? */
export function isProjectKindId(s: string): s is ProjectKindId {
  return (PROJECT_KIND_IDS as readonly string[]).includes(s);
}

type Match = { rule: KindRule; keyword: string } | undefined;

/**
 * Matches already found, by text: the same project names and descriptions recur in many reports,
 * and every page, export and summary classifies each project again. Bounded: when full it starts again.
 */
const matches = new Map<string, Match>();
const MATCHES_LIMIT = 50_000;

function firstMatch(text: string): Match {
  if (matches.has(text)) return matches.get(text);
  // Spaces inside words come from PDF line wrapping; Chinese needs none.
  const t = text.replace(/\s+/g, '');
  let match: Match;
  for (const rule of KIND_RULES) {
    const keyword = rule.keywords.find((k) => t.includes(k));
    if (keyword !== undefined) {
      match = { rule, keyword };
      break;
    }
  }
  if (matches.size >= MATCHES_LIMIT) matches.clear();
  matches.set(text, match);
  return match;
}

/** Assign a kind to a project or a key task, with the reason (see the module comment for the order). */
export function classifyProject(p: Classifiable): KindAssignment {
  if (p.kind !== undefined) {
    return { kind: p.kind, reason: p.kind_reason ? `内容中指定：${p.kind_reason}` : '内容中指定', source: 'content' };
  }
  const byName = firstMatch(p.name);
  if (byName) {
    return {
      kind: byName.rule.kind,
      reason: `名称含“${byName.keyword}”（规则 ${byName.rule.id}）`,
      source: 'name',
      rule: byName.rule.id,
      keyword: byName.keyword,
    };
  }
  const description = p.purpose ?? p.content;
  const byText = description === undefined ? undefined : firstMatch(description);
  if (byText) {
    const field = p.purpose !== undefined ? '资金用途' : '实施内容';
    return {
      kind: byText.rule.kind,
      reason: `名称未匹配任何规则；${field}含“${byText.keyword}”（规则 ${byText.rule.id}）`,
      source: 'description',
      rule: byText.rule.id,
      keyword: byText.keyword,
    };
  }
  return { kind: 'qita', reason: '名称和用途都没有匹配任何规则', source: 'default' };
}
