/**
 * Shared comparison for the `half-year.*` rules: both columns are comparisons with the same unit,
 * and the half-year number is larger than the full-year number.
 */
import type { Decimal } from '../../model/decimal.ts';
import type { Indicator, Report } from '../../model/report.ts';
import { forLastReport, indicatorGroups, normUnit, numberOf, type Comparison, type IndicatorGroup } from '../util.ts';

export interface HalfOverFull {
  group: IndicatorGroup;
  indicator: Indicator;
  half: Comparison;
  full: Comparison;
  halfNumber: Decimal;
  fullNumber: Decimal;
  unit: string;
}

/** The indicators whose half-year number exceeds the full-year one; computed once per check run for both rules. */
export const halfOverFull = forLastReport((report: Report): HalfOverFull[] => {
  const out: HalfOverFull[] = [];
  for (const group of indicatorGroups(report)) {
    for (const indicator of group.indicators) {
      const { half_year: half, full_year: full } = indicator.values;
      if (half?.kind !== 'comparison' || full?.kind !== 'comparison') continue;
      const unit = normUnit(half.unit);
      if (unit !== normUnit(full.unit)) continue;
      const halfNumber = numberOf(half);
      const fullNumber = numberOf(full);
      if (!halfNumber || !fullNumber || !halfNumber.gt(fullNumber)) continue;
      out.push({ group, indicator, half, full, halfNumber, fullNumber, unit });
    }
  }
  return out;
});
