import { describe, expect, it } from "vitest";
import type { Db } from "../platform/db";
import { orderView } from "./orders";
import { Order, type OrderRecord } from "./schemas";
import { orderTransition, Orders } from "./storage";

const store = { tableName: "t" } as Db;

const order: OrderRecord = {
  orderId: "ord_1",
  buyerId: "usr_1",
  status: "pending_payment",
  items: [
    {
      productId: "prd_1",
      name: "高山茶",
      unit: "斤",
      quantity: 2,
      unitPriceFen: 500,
      lineFen: 1000,
      amountFen: 1000,
      villageId: "vil_1",
      village: "上村",
      township: "中乡",
      county: "下县",
      city: "某市",
      province: "某省",
    },
  ],
  totalFen: 1000,
  currency: "cny",
  paidFen: 0,
  refundedFen: 0,
  refundRequestedFen: 0,
  refundedPerLine: [0],
  payment: { provider: "stripe", paymentIntentId: "pi_1", clientSecret: "pi_1_secret" },
  createdAt: "2026-01-01T00:00:00.000Z",
  updatedAt: "2026-01-01T00:00:00.000Z",
};

describe("orders as stored", () => {
  it("are listed per buyer and for admins, and as unpaid only while pending payment", () => {
    const item = Orders.item(order);
    expect(item).toMatchObject({
      pk: "ORDER#ord_1",
      sk: "ORDER",
      gsi1pk: "ORDERS#BUYER#usr_1",
      gsi2pk: "ORDERS#ALL",
      gsi3pk: "ORDERS#UNPAID",
    });
    expect(Orders.parse(item)).toEqual(order);
    expect(Orders.item({ ...order, status: "paid" })).not.toHaveProperty("gsi3pk");
  });

  it("leave the unpaid list with the status that leaves pending_payment, and only then", () => {
    const paid = orderTransition(store, order, { from: ["pending_payment"], set: { status: "paid" } }).write.Update!;
    expect(paid.UpdateExpression).toMatch(/ REMOVE /);
    expect(Object.values(paid.ExpressionAttributeNames!)).toEqual(expect.arrayContaining(["gsi3pk", "gsi3sk"]));
    const refunded = orderTransition(store, order, { from: ["paid"], set: { refundedFen: 1 }, refundedFen: 0 }).write.Update!;
    expect(refunded.UpdateExpression).not.toMatch(/REMOVE/);
  });

  it("are shown as the response schema declares them: no stored-only fields, the client secret only while unpaid", () => {
    const view = orderView(order);
    expect(Order.strict().safeParse(view).success).toBe(true);
    expect(view.items[0]).not.toHaveProperty("township");
    expect(view).not.toHaveProperty("refundedPerLine");
    expect(view.payment?.clientSecret).toBe("pi_1_secret");
    expect(orderView({ ...order, status: "paid" }).payment).toEqual({ provider: "stripe", paymentIntentId: "pi_1" });
    expect(orderView({ ...order, payment: undefined }).payment).toBeNull();
  });
});
