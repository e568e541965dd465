/**
 * The markup of a project section, its indicator tables and finding marks (project-section-html.ts,
 * indicator-table-html.ts, finding-mark-html.ts): what a reader sees, document text escaped, and
 * every element closed. The pages built from them are browsed in test/e2e.
 */
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/model/report.ts';
import { minimalDecl } from './report-decl.ts';
import { findingMarkHtml } from '../../src/site/finding-mark-html.ts';
import type { FindingMark } from '../../src/site/findings.ts';
import { indicatorTables } from '../../src/site/indicator-table.ts';
import { indicatorTableHtml } from '../../src/site/indicator-table-html.ts';
import { projectSectionHtml } from '../../src/site/project-section-html.ts';


const HOSTILE = '<script>alert("x")</script>&\'';

/** Tags opened and closed in order (void elements aside): a string builder that drops a closing tag fails here. */
function balanced(html: string): boolean {
  const open: string[] = [];
  for (const m of html.matchAll(/<(\/?)([a-z][a-z0-9]*)[^>]*>/g)) {
    if (m[1]) {
      if (open.pop() !== m[2]) return false;
    } else open.push(m[2]!);
  }
  return open.length === 0;
}

const noMarks = new Map<string, FindingMark>();

describe('project section', () => {
  const report = buildReport('2024/x', {
    ...minimalDecl,
    projects: [
      {
        id: 'a',
        name: `项目${HOSTILE}`,
        purpose: `用于${HOSTILE}`,
        budget: { total: '25.50', fiscal: '25.50', other: null },
        spending_plan: [
          { checkpoint: '6月底', month: 6, cumulative: '50%' },
          { checkpoint: '12月底', month: 12, cumulative: '100%' },
        ],
        goals: ['完成**全部**任务'],
        indicators: [
          { level1: '产出指标', level2: '数量指标', level3: `次数${HOSTILE}`, value: '≥4次' },
          { level1: '产出指标', level2: '质量指标', level3: '合格率', value: '≥95%' },
        ],
        note: `原件${HOSTILE}`,
      },
      { id: 'b', name: 'B' },
    ],
  });
  const [a, b] = report.projects;

  it('escapes every text from the document, in content and attributes', () => {
    const html = projectSectionHtml(report, a!, 0, noMarks);
    expect(html).not.toContain('<script>');
    expect(html).toContain('项目&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;');
    expect(html).toContain(`aria-label="项目 1：项目&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;"`);
    expect(balanced(html)).toBe(true);
  });

  it('shows the budget, the plan, goals as prose, the indicators and the note under the project\'s permalink', () => {
    const html = projectSectionHtml(report, a!, 0, noMarks);
    expect(html).toMatch(/^<section class="project" id="project-a" aria-label="[^"]*" data-project="a">/);
    expect(html).toContain('<span class="project-number">项目 1</span>');
    expect(html).toContain('<a href="/reports/2024/x/#project-a" class="permalink-link">本项目的固定链接</a>');
    expect(html).toContain('<li>预算数：<span class="amount" data-amount="25.5" data-unit="万元">25.50</span></li>');
    expect(html).toContain('<li>其中：其他资金：<span class="not-published" data-status="not-published">未公开</span></li>');
    expect(html).toContain('<td class="num" data-percent="50">50%</td><td class="num" data-percent="100">100%</td>');
    expect(html).toContain('<ol class="goals"><li><div class="prose"><p>完成<strong>全部</strong>任务</p></div></li></ol>');
    expect(html).toContain('<caption id="project-a-indicator-1-table-caption">项目&lt;script&gt;');
    expect(html).toContain('<p class="table-note">转录说明：原件&lt;script&gt;');
  });

  it('labels the kind the site assigns (明账归类, linked to its rules) apart from the class the document prints', () => {
    const withClass = buildReport('2024/x', { ...minimalDecl, projects: [{ id: 'c', name: '人大会议经费', class: '特定目标类' }] });
    const html = projectSectionHtml(withClass, withClass.projects[0]!, 0, noMarks);
    const labels = [...html.matchAll(/<dt>([^<]*)<\/dt>/g)].map((m) => m[1]);
    expect(labels).toContain('明账归类');
    expect(labels).toContain('项目类别（原表）');
    expect(new Set(labels).size).toBe(labels.length);
    expect(html).toContain('<dt>明账归类</dt><dd><a href="/rules/#kind-huiyi" title="明账按项目名称归类的规则">会议</a>');
    expect(html).toContain('<dt>项目类别（原表）</dt><dd>特定目标类</dd>');
  });

  it('shows a long name in a few lines with its title, and in full among the facts', () => {
    const name = `${'会议经费'.repeat(10)}X`;
    const long = buildReport('2024/x', { ...minimalDecl, projects: [{ id: 'l', name }] });
    const html = projectSectionHtml(long, long.projects[0]!, 0, noMarks);
    expect(html).toContain(`<span class="clamp" title="${name}">${name}</span></h3>`);
    expect(html).toContain(`<dt>项目全称</dt><dd>${name}</dd>`);
    expect(projectSectionHtml(report, b!, 1, noMarks)).not.toContain('项目全称');
  });

  it('says 未公开 for each part a project did not publish', () => {
    const html = projectSectionHtml(report, b!, 1, noMarks);
    // Budget, period, purpose, spending plan, goals, indicators.
    expect(html.match(/未公开/g)).toHaveLength(6);
    expect(html).toContain('<h4>资金用途</h4><p class="not-published" data-status="not-published">未公开</p>');
    expect(html).not.toContain('table-note');
    expect(balanced(html)).toBe(true);
  });

  it('marks a flagged project and indicator row with a link to the finding', () => {
    const marks = new Map<string, FindingMark>([
      ['project-a', { severity: 'error', ids: ['finding-1'] }],
      ['project-a-indicator-2', { severity: 'info', ids: ['finding-2', 'finding-3'] }],
    ]);
    const html = projectSectionHtml(report, a!, 0, marks);
    expect(html).toContain('<a href="#key-figures">回到关键数字</a><a class="finding-mark severity-error" href="#finding-1">');
    expect(html).toContain('<tr id="project-a-indicator-2" class="flagged">');
    expect(html).toContain('合格率<a class="finding-mark severity-info" href="#finding-2"><span aria-hidden="true">ⓘ</span>检查：说明（2 条）</a>');
    expect(html).toContain('<tr id="project-a-indicator-1">');
  });
});

describe('indicator table', () => {
  it('merges 一级 and 二级 cells with rowspans and marks value kinds', () => {
    const report = buildReport('2024/x', {
      ...minimalDecl,
      overall: {
        indicators: [
          { level1: '产出指标', level2: '数量指标', level3: 'a', value: '≥400人次' },
          { level1: '产出指标', level2: '数量指标', level3: 'b', value: '健全' },
          { level1: '效益指标', level2: '社会效益', level3: 'c' },
        ],
      },
    });
    const [view] = indicatorTables(report.overall!.indicators);
    const html = indicatorTableHtml(view!, '整体绩效指标', noMarks);
    expect(html).toContain('<thead><tr><th scope="col">一级指标</th><th scope="col">二级指标</th><th scope="col">三级指标</th><th scope="col">指标值</th></tr></thead>');
    expect(html).toContain('<tr id="indicator-1"><td rowspan="2" class="level1">产出指标</td><td rowspan="2" class="level2">数量指标</td><th scope="row" class="level3">a</th>');
    expect(html).toContain('<tr id="indicator-2"><th scope="row" class="level3">b</th><td class="value kind-qualitative"><span class="value-text">健全</span><span class="badge kind-badge">定性</span></td></tr>');
    expect(html).toContain('<td class="level1">效益指标</td>');
    expect(balanced(html)).toBe(true);
  });

  it('lists the marks of flagged rows under a table without a 三级 column', () => {
    const report = buildReport('2024/x', {
      ...minimalDecl,
      overall: { indicators: [{ level1: '产出', level2: '数量', value: '≥1' }, { level1: '产出', level2: '质量', value: '≥2' }] },
    });
    const [view] = indicatorTables(report.overall!.indicators);
    const html = indicatorTableHtml(view!, '整体绩效指标', new Map([['indicator-2', { severity: 'warning', ids: ['finding-4'] }]]));
    expect(html).toContain('<ul class="table-marks"><li>质量：<a class="finding-mark severity-warning" href="#finding-4">');
    expect(html).not.toContain('<th scope="col">三级指标</th>');
    expect(balanced(html)).toBe(true);
  });
});

describe('finding mark', () => {
  it('links to the first finding, says how many there are, and is empty without findings', () => {
    expect(findingMarkHtml({ severity: 'warning', ids: ['finding-7'] })).toBe(
      '<a class="finding-mark severity-warning" href="#finding-7"><span aria-hidden="true">⚠</span>检查：提示关注</a>',
    );
    expect(findingMarkHtml({ severity: 'error', ids: ['finding-1', 'finding-2'] })).toContain('检查：错误（2 条）');
    expect(findingMarkHtml(undefined)).toBe('');
  });
});
