import { contextHandler, type ContextHandlers } from "../http/lambda";

export const pairingsHandlers: ContextHandlers<"pairings"> = {};

export const handler = contextHandler("pairings", pairingsHandlers);
