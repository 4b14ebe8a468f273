import { formatYuan } from "../../lib/money";

/** Whole 元 on a chart's axis ("¥1,235"); tables and tooltips show the fen ("¥1,234.50"). */
export const yuanAxis = (fen: number) => formatYuan(Math.round(fen / 100) * 100).replace(/\.00$/, "");

/** Delivered as a whole percent of committed, rounded down (nothing committed: 100 once anything is delivered). */
export const percentOf = (part: number, whole: number) =>
  whole <= 0 ? (part > 0 ? 100 : 0) : Math.min(100, Math.floor((part * 100) / whole));
