import { contextHandler, type ContextHandlers } from "../http/lambda";

export const claimsHandlers: ContextHandlers<"claims"> = {};

export const handler = contextHandler("claims", claimsHandlers);
