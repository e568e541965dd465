/**
 * Every link the site prints goes through here, so the site works under any sub-path
 * (`MINGZHANG_BASE=/budget/`): each href is the base (import.meta.env.BASE_URL) plus a
 * path with a trailing slash (astro.config.mjs: trailingSlash 'always').
 */

/** The site's base path, always ending in '/'. */
export function basePath(base: string = import.meta.env.BASE_URL ?? '/'): string {
  return base.endsWith('/') ? base : `${base}/`;
}

/** `path` ('' for the home page, 'regions/' …) under the base. */
export function href(path: string, base?: string): string {
  return basePath(base) + path.replace(/^\/+/, '');
}

export function homeHref(base?: string): string {
  return href('', base);
}

/** The report page: /reports/<year>/<file name>/ (entry ids contain '/'). */
export function reportHref(reportId: string, base?: string): string {
  const path = reportId
    .split('/')
    .map((s) => encodeURIComponent(s))
    .join('/');
  return href(`reports/${path}/`, base);
}

/** A figure, row or section on a report page. */
export function anchorHref(reportId: string, anchor: string, base?: string): string {
  return `${reportHref(reportId, base)}#${encodeURIComponent(anchor)}`;
}

/** The element id of a project's section: `project-<id>` (the model's Project.anchor). */
export function projectAnchor(projectId: string): string {
  return `project-${projectId}`;
}

/** A project's permalink: its anchored section on the report page. */
export function projectHref(reportId: string, projectId: string, base?: string): string {
  return anchorHref(reportId, projectAnchor(projectId), base);
}

export function regionsHref(base?: string): string {
  return href('regions/', base);
}

/** A region page, by GB/T 2260 code: /regions/<code>/. */
export function regionHref(code: string, base?: string): string {
  return href(`regions/${encodeURIComponent(code)}/`, base);
}

export function searchHref(base?: string): string {
  return href('search/', base);
}

export function rulesHref(base?: string): string {
  return href('rules/', base);
}

/** The element id of a rule on the rules page. */
export function ruleAnchor(ruleId: string): string {
  return `rule-${ruleId.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

export function ruleHref(ruleId: string, base?: string): string {
  return `${rulesHref(base)}#${ruleAnchor(ruleId)}`;
}

/** The rules page's entry for project kind `kindId` (src/compare/project-kinds.ts): what 明账归类 means. */
export function kindAnchor(kindId: string): string {
  return `kind-${kindId}`;
}

export function kindHref(kindId: string, base?: string): string {
  return `${rulesHref(base)}#${kindAnchor(kindId)}`;
}

/** Section ids on the home page for the ways in by year and by category. */
export function yearAnchor(year: number): string {
  return `year-${year}`;
}

export function categoryAnchor(category: string): string {
  return `category-${category.replace(/\s+/g, '-')}`;
}
