import { useQuery } from "@tanstack/react-query";
import { Form, Input } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { call, client } from "../../api/client";
import type { Village } from "../../api/types";
import { useSession } from "../../auth/use-session";

/**
 * The county a monitoring page works in. County and township staff work in their own (their
 * token's area); province and city staff and national administrators choose one (?county=),
 * as the API asks them to.
 */
export function useWorkCounty(): {
  county: string | undefined;
  township: string | undefined;
  chosen: boolean;
  setCounty: (c: string) => void;
} {
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const own = session?.county;
  const setCounty = (county: string) => {
    const next = new URLSearchParams(params);
    if (county) next.set("county", county);
    else next.delete("county");
    setParams(next, { replace: true });
  };
  return {
    county: own ?? (params.get("county")?.trim() || undefined),
    township: own ? session?.township : undefined,
    chosen: !own,
    setCounty,
  };
}

/** For staff above the county level: which county to look at. */
export function CountyChooser({ county, onChange }: { county: string | undefined; onChange: (county: string) => void }) {
  const { t } = useTranslation("monitoring");
  const [typed, setTyped] = useState(county ?? "");
  return (
    <Form layout="vertical" component="div" style={{ maxWidth: 360 }}>
      <Form.Item label={t("place.county")} htmlFor="work-county" extra={t("place.countyHelp")} style={{ marginBottom: 16 }}>
        <Input.Search
          id="work-county"
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          onSearch={(v) => onChange(v.trim())}
          enterButton={t("place.show")}
          placeholder={t("place.countyPlaceholder")}
        />
      </Form.Item>
    </Form>
  );
}

/** Every village of a county (a county has some hundreds at most), for pickers and filters. */
export function useCountyVillages(county: string | undefined) {
  return useQuery({
    queryKey: ["villages", "county", county],
    enabled: !!county,
    staleTime: 300_000,
    queryFn: async () => {
      const out: Village[] = [];
      let cursor: string | undefined;
      for (let i = 0; i < 10; i++) {
        const page = await call(
          client.GET("/villages", { params: { query: { county: county!, limit: 100, ...(cursor ? { cursor } : {}) } } }),
        );
        out.push(...page.items);
        if (!page.nextCursor) break;
        cursor = page.nextCursor;
      }
      return out;
    },
  });
}

/** The townships of a list of villages, in the order the register names them. */
export const townshipsOf = (villages: readonly Village[]): string[] =>
  [...new Set(villages.map((v) => v.township))].sort((a, b) => a.localeCompare(b, "zh-CN"));
