import { useQuery } from "@tanstack/react-query";
import { Descriptions, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { call, client } from "../../api/client";
import { formatChinaDateTime } from "../../lib/dates";
import { formatYuan } from "../../lib/money";
import type { Household } from "./types";

/** The village's name and township, read once per village (public: GET /villages/{id}). */
export function useVillage(villageId: string | undefined) {
  return useQuery({
    queryKey: ["village", villageId],
    enabled: !!villageId,
    staleTime: 300_000,
    queryFn: () => call(client.GET("/villages/{villageId}", { params: { path: { villageId: villageId! } } })),
  });
}

/** A household's facts as the API shows them: the resident id only ever masked. */
export function HouseholdFacts({ household, testId }: { household: Household; testId?: string }) {
  const { t } = useTranslation("claims");
  const village = useVillage(household.villageId);
  const place = village.data ? `${village.data.township}${village.data.name}` : household.villageId;
  return (
    <Descriptions
      data-testid={testId}
      size="small"
      column={{ xs: 1, sm: 2 }}
      items={[
        { key: "head", label: t("facts.headName"), children: <Typography.Text strong>{household.headName}</Typography.Text> },
        {
          key: "id",
          label: t("facts.idNumber"),
          children: (
            <span data-testid="masked-id" style={{ whiteSpace: "nowrap", fontFamily: "monospace" }}>
              {household.idNumber}
            </span>
          ),
        },
        { key: "category", label: t("facts.category"), children: t(`category.${household.category}`) },
        { key: "place", label: t("facts.village"), children: `${household.county} ${place}` },
        { key: "members", label: t("facts.members"), children: t("facts.people", { count: household.members }) },
        {
          key: "income",
          label: t("facts.income"),
          children: t("facts.incomeOf", { amount: formatYuan(household.perCapitaIncomeFen), year: household.incomeYear }),
        },
        { key: "hid", label: t("facts.householdId"), children: <Typography.Text copyable>{household.householdId}</Typography.Text> },
        { key: "registered", label: t("facts.registered"), children: formatChinaDateTime(household.createdAt) },
      ]}
    />
  );
}
