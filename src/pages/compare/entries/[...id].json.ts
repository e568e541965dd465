/**
 * One report's comparison figures as JSON (compare/entries/<report id>.json). The custom
 * comparison page fetches only the reports a reader chose, so it stays small however many
 * reports the site has.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSummaries } from '../../../site/reports.ts';
import { compareEntry } from '../../../site/compare-groups.ts';
import type { ReportSummary } from '../../../compare/report-summary.ts';

export const getStaticPaths: GetStaticPaths = async () => (await getSummaries()).map((summary) => ({ params: { id: summary.id }, props: { summary } }));

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(compareEntry((props as { summary: ReportSummary }).summary)), { headers: { 'Content-Type': 'application/json' } });
