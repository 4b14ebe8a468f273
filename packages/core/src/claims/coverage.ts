import { ruleViolated } from "../platform/errors";
import type { SchemeVersion } from "./schemas";

/** First and last covered day, inclusive Chinese calendar dates (YYYY-MM-DD). */
export interface CoveragePeriod {
  from: string;
  to: string;
}

type SchemeYear = Pick<SchemeVersion, "year">;

/**
 * A scheme version records only its year, and county policies run for the calendar year
 * (Shicheng: 2022-01-01 00:00 to 2022-12-31 24:00, DOMAIN.md §6): that year is the period
 * until schemes carry an explicit one.
 */
export function coveragePeriod(scheme: SchemeYear): CoveragePeriod {
  return { from: `${scheme.year}-01-01`, to: `${scheme.year}-12-31` };
}

/**
 * The year a household-year cap counts in: the scheme's coverage year. Every covered incident lies
 * in it, so keying usage by it rather than by the incident leaves no other year to open.
 */
export const capYear = (scheme: SchemeYear) => String(scheme.year);

// ISO dates compare correctly as strings.
export const isCovered = (period: CoveragePeriod, date: string) => date >= period.from && date <= period.to;

/**
 * Incidents outside the period are not covered (DOMAIN.md §6); without this, a household at its
 * yearly cap could be paid again by dating an incident into another year.
 * `path` names where the date came from: the request body at submission, the claim at approval.
 */
export function assertIncidentCovered(
  scheme: Pick<SchemeVersion, "year" | "schemeId" | "version">,
  incidentDate: string,
  path: string,
): void {
  const period = coveragePeriod(scheme);
  if (isCovered(period, incidentDate)) return;
  throw ruleViolated(
    "OUTSIDE_COVERAGE_PERIOD",
    `The incident date ${incidentDate} is outside the coverage period of scheme ${scheme.schemeId} (version ${scheme.version}), ${period.from} to ${period.to}`,
    [{ path, message: `must be from ${period.from} to ${period.to}`, coveragePeriod: period, incidentDate }],
  );
}
