import { BankOutlined } from "@ant-design/icons";
import { lazy } from "react";
import type { AreaMenuItem, AreaRoute } from "../../../app/area";
import { registerPaymentTexts } from "./i18n";

registerPaymentTexts();

const payers = ["finance", "approver", "admin"] as const;
const finance = ["finance"] as const;
const accountReaders = ["clerk", "approver", "finance", "admin"] as const;

/** Payment to the household: batches (finance) and households' accounts (clerks), spread into the claims area. */
export const paymentMenu: AreaMenuItem[] = [
  { path: "/payment-batches", label: "payments.menu.batches", icon: <BankOutlined />, roles: payers },
];

export const paymentRoutes: AreaRoute[] = [
  { path: "/payment-batches", roles: payers, page: lazy(() => import("./BatchesPage")) },
  { path: "/payment-batches/new", roles: finance, page: lazy(() => import("./NewBatchPage")) },
  { path: "/payment-batches/:batchId", roles: payers, page: lazy(() => import("./BatchPage")) },
  { path: "/households/:householdId/payment-account", roles: accountReaders, page: lazy(() => import("./AccountForm")) },
];
