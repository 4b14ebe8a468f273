import { describe, expect, it } from "vitest";
import { z } from "zod";
import { entity } from "./entity";

const Thing = z.object({ thingId: z.string(), county: z.string(), listedUntil: z.string().optional() });

const Things = entity(Thing, {
  type: "thing",
  key: ({ thingId }: { thingId: string }) => ({ pk: `THING#${thingId}`, sk: "THING" }),
  derived: (t) => ({ searchText: t.county.toLowerCase() }),
  indexes: {
    byCounty: {
      index: "gsi2",
      partition: ({ county }: { county: string }) => `THINGS#COUNTY#${county}`,
      partitionOf: (t) => ({ county: t.county }),
      sort: (t) => `${t.listedUntil}#${t.thingId}`,
      when: (t) => t.listedUntil !== undefined,
    },
  },
});

describe("an entity declared once", () => {
  it("stores the record under its key, with the type, derived attributes and the indexes it is in", () => {
    expect(Things.item({ thingId: "t1", county: "Xiajin", listedUntil: "2099-12-31" })).toEqual({
      pk: "THING#t1",
      sk: "THING",
      gsi2pk: "THINGS#COUNTY#Xiajin",
      gsi2sk: "2099-12-31#t1",
      searchText: "xiajin",
      type: "thing",
      thingId: "t1",
      county: "Xiajin",
      listedUntil: "2099-12-31",
    });
  });

  it("leaves a record out of a sparse index it does not belong in", () => {
    const item = Things.item({ thingId: "t2", county: "Qihe" });
    expect(item).not.toHaveProperty("gsi2pk");
    expect(item).not.toHaveProperty("gsi2sk");
  });

  it("reads back exactly the record: keys, index, type and derived attributes stay in storage", () => {
    const record = { thingId: "t1", county: "Xiajin", listedUntil: "2099-12-31" };
    expect(Things.parse(Things.item(record))).toEqual(record);
  });

  it("refuses a stored item that drifted from the schema", () => {
    expect(() => Things.parse({ pk: "THING#t3", sk: "THING", thingId: "t3" })).toThrow();
  });
});
