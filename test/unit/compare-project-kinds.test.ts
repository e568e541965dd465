import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadReports } from '../../src/declaration/load-reports.ts';
import { classifyProject, KIND_RULES, PROJECT_KIND_IDS, PROJECT_KINDS } from '../../src/compare/project-kinds.ts';
import { project as projectSchema } from '../../src/model/schema.ts';
import { summarizeReport } from '../../src/compare/report-summary.ts';

const { reports } = loadReports('content/reports');
const byId = (id: string) => reports.find((r) => r.id === id)!;

// Every project, key task and project line without a table in the five seeds, with the kind a
// person judging the name would give it.
const EXPECTED: Record<string, [string, string][]> = {
  '2024/130281-zunhua-renda-budget': [
    ['"智慧人大"系统经费', 'xinxihua'],
    ['人大八届四次会议费', 'huiyi'],
    ['人大代表活动经费', 'daibiao'],
    ['人大代表培训及考察工作经费', 'peixun'],
    ['人大代表之家联络站活动经费', 'jiazhan'],
    ['人大慰问老干部补贴', 'laoganbu'],
    ['人大招商资金', 'zhaoshang'],
  ],
  '2024/320200-wuxi-renda-budget': [
    ['人大代表履职培训费', 'peixun'],
    ['人大联网预算监督等系统及运维', 'xinxihua'],
    ['信访工作经费', 'xinfang'],
    ['人代会会议经费', 'huiyi'],
    ['代表活动经费', 'daibiao'],
    ['老干部慰问活动费', 'laoganbu'],
    ['人大工作经费', 'yewu'],
    ['《人大之声》制作经费', 'xuanchuan'],
    ['数字人大', 'xinxihua'], // expenditure line without a project table
  ],
  '2024/440881-lianjiang-renda-budget': [
    ['人代会会议', 'huiyi'],
    ['常委会活动、视察', 'jiandu'],
    ['保障人大代表履职补贴', 'daibiao'],
    ['加强人大队伍建设', 'peixun'], // by its content: 培训
    ['镇级人大专项经费', 'xiangzhen'],
    ['“智慧人大”运行维护经费', 'xinxihua'],
    ['基层立法联系点和廉江市人大机关党建阵地', 'jiazhan'],
  ],
  '2024/510411-renhe-renda-budget': [
    ['区人大会议费', 'huiyi'],
    ['区人大预算审查联网升级系统软件开发费', 'xinxihua'],
    ['区人大专委会和区人大常委会各工委业务经费', 'yewu'],
    ['区人大预算审查经费及监督网络运行经费', 'xinxihua'],
    ['区级人大代表活动费', 'daibiao'],
    ['区、乡人大代表订阅“一报一刊”经费', 'xuanchuan'],
    ['乡（镇）、街办“代表之家”和“代表联络站”活动运行费', 'jiazhan'],
    ['区人大代表票决制和重点民生实事项目经费', 'jiandu'],
    ['仁和区人大代表培训费', 'peixun'],
    ['乡（镇）、街办村（社区）人大“代表联络站”建设经费', 'jiazhan'],
    ['区人大常委会机关离退休支部活动经费', 'laoganbu'],
    ['区十三届人大代表补选经费', 'xuanju'],
  ],
  '2024/640502-shapotou-renda-budget': [
    ['人大代表活动经费', 'daibiao'],
    ['人大会议经费', 'huiyi'],
    ['人大代表建议办理经费', 'daibiao'],
    ['人大业务经费', 'yewu'],
  ],
};

describe('project kinds: taxonomy', () => {
  it('has unique ids, a label and description for each, and rules only for known kinds', () => {
    expect(new Set(PROJECT_KIND_IDS).size).toBe(PROJECT_KIND_IDS.length);
    expect(PROJECT_KINDS.map((k) => k.id)).toEqual([...PROJECT_KIND_IDS]);
    for (const k of PROJECT_KINDS) expect(k.label && k.description).toBeTruthy();
    for (const r of KIND_RULES) {
      expect(PROJECT_KIND_IDS).toContain(r.kind);
      expect(r.keywords.length).toBeGreaterThan(0);
      expect(r.why).toBeTruthy();
    }
  });
  it('the schema accepts exactly the taxonomy ids as a content override, and the JSON schema is current', () => {
    expect(projectSchema.safeParse({ id: 'a', name: 'A', kind: 'huiyi', kind_reason: '人代会' }).success).toBe(true);
    expect(projectSchema.safeParse({ id: 'a', name: 'A', kind: 'nope' }).success).toBe(false);
    expect(readFileSync('content/report.schema.json', 'utf8')).toContain('"kind_reason"');
  });
});

describe('project kinds: every seed item', () => {
  for (const [id, expected] of Object.entries(EXPECTED)) {
    it(id, () => {
      const r = byId(id);
      const s = summarizeReport(r.report, r.findings);
      const got = s.byKind.flatMap((k) => k.items.map((i) => [i.name, k.kind.id] as [string, string]));
      expect(got.sort()).toEqual([...expected].sort());
      // Every item states why, naming the matched word.
      for (const k of s.byKind) for (const i of k.items) expect(i.assignment.reason).toMatch(/含“.+”（规则 [a-z]+）/);
    });
  }
});

describe('classifyProject', () => {
  it('names the keyword and rule', () => {
    expect(classifyProject({ name: '人代会会议经费' })).toMatchObject({ kind: 'huiyi', reason: '名称含“人代会”（规则 huiyi）', source: 'name' });
  });
  it('a content override wins, with its reason', () => {
    expect(classifyProject({ name: '人大代表活动经费', kind: 'huiyi', kind_reason: '经费全部用于人代会' })).toEqual({
      kind: 'huiyi',
      reason: '内容中指定：经费全部用于人代会',
      source: 'content',
    });
    expect(classifyProject({ name: 'x', kind: 'yewu' }).reason).toBe('内容中指定');
  });
  it('falls back to the purpose only when the name matches nothing, and to 其他 last', () => {
    expect(classifyProject({ name: '专项经费', purpose: '用于代表培训' })).toMatchObject({ kind: 'peixun', source: 'description' });
    expect(classifyProject({ name: '人大会议经费', purpose: '用于代表培训' }).kind).toBe('huiyi');
    expect(classifyProject({ name: '专项经费' })).toMatchObject({ kind: 'qita', source: 'default' });
  });
  it('orders specific rules first', () => {
    expect(classifyProject({ name: '人大代表履职培训费' }).kind).toBe('peixun');
    expect(classifyProject({ name: '区十三届人大代表补选经费' }).kind).toBe('xuanju');
    expect(classifyProject({ name: '信访工作经费' }).kind).toBe('xinfang');
  });
});
