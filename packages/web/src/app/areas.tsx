import { adminArea } from "../areas/admin/area";
import { buyerArea } from "../areas/buyer/area";
import { claimsArea } from "../areas/claims/area";
import { enterpriseArea } from "../areas/enterprise/area";
import { monitoringArea } from "../areas/monitoring/area";
import { publicArea } from "../areas/public/area";
import { reportsArea } from "../areas/reports/area";
import { supplierArea } from "../areas/supplier/area";
import type { Area } from "./area";

/**
 * The console's areas, in menu order. To add one: create src/areas/<id>/ with area.tsx
 * (defineArea: texts, menu, lazily imported pages) and i18n.ts, and list it here.
 */
export const areas: readonly Area[] = [
  publicArea,
  buyerArea,
  supplierArea,
  enterpriseArea,
  reportsArea,
  adminArea,
  claimsArea,
  monitoringArea,
];
