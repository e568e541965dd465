/**
 * Links to the comparison, data-quality and open-data pages and files. Built on `href` from
 * paths.ts, so they follow the site base (`MINGZHANG_BASE=/budget/`). Browser-safe.
 */
import { compareUrl } from '../compare/comparison.ts';
import { reportJsonPath } from '../exports/report-json.ts';
import { basePath, href } from './paths.ts';

/** The comparison index: every group of comparable reports. */
export function compareHref(base?: string): string {
  return href('compare/', base);
}

/**
 * A group comparison page: `compare/<slug>/` (slug from `groupSlug`, ASCII).
 */
export function compareGroupHref(slug: string, base?: string): string {
  return href(`compare/${encodeURIComponent(slug)}/`, base);
}

/** The reader-assembled comparison; with ids, the URL that reproduces it (see compareUrl). */
export function customCompareHref(ids: readonly string[] = [], base?: string): string {
  return ids.length > 0 ? compareUrl(ids, basePath(base)) : href('compare/custom/', base);
}

/**
 * The figures one report brings to a comparison (a CompareEntry as JSON), fetched by the custom
 * comparison page for the chosen reports only: `compare/entries/<report id>.json`.
 */
export function compareEntryPath(reportId: string): string {
  return `compare/entries/${reportId.split('/').map((s) => encodeURIComponent(s)).join('/')}.json`;
}

export function compareEntryHref(reportId: string, base?: string): string {
  return href(compareEntryPath(reportId), base);
}

export function qualityHref(base?: string): string {
  return href('quality/', base);
}

export function dataHref(base?: string): string {
  return href('data/', base);
}

/** A site-wide CSV table or datapackage.json: `data/<file>`. */
export function dataFileHref(file: string, base?: string): string {
  return href(`data/${file}`, base);
}

/** One report as JSON: `data/reports/<id>.json` (written by the build, src/exports). */
export function reportJsonHref(reportId: string, base?: string): string {
  return href(
    reportJsonPath(reportId)
      .split('/')
      .map((s) => encodeURIComponent(s))
      .join('/'),
    base,
  );
}
