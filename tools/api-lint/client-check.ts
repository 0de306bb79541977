// Compiles only if a client generated from docs/api/openapi-v1.json types the API's numbers as numbers (issue 24):
// with `number | string` the sums below are strings and the assignments to number fail.
import type { components } from "./generated/api";

type Schemas = components["schemas"];

export function kpiTotal(total: Schemas["KpiCategoryTotalDto"]): number {
  return total.inReport + total.forEligibility;
}

export function lastPage(page: Schemas["DirectoryPageDto"]): boolean {
  const next: number = page.page + 1;
  return next > page.pageCount;
}

export function ruleSet(eligibility: Schemas["EligibilityDto"]): number {
  return eligibility.ruleSetVersion * 1;
}
