import { contextHandler, type ContextHandlers } from "../http/lambda";

export const ordersHandlers: ContextHandlers<"orders"> = {};

export const handler = contextHandler("orders", ordersHandlers);
