import { Button, List, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import type { Order } from "../../api/types";
import { formatYuan } from "../../lib/money";

interface Credit {
  villageId: string;
  village: string;
  place: string;
  amountFen: number;
}

/** An order's lines summed per village: what its payment credited to each village's consumption-assistance sales. */
export function creditsOf(order: Order): Credit[] {
  const byVillage = new Map<string, Credit>();
  for (const l of order.items) {
    const c = byVillage.get(l.villageId) ?? {
      villageId: l.villageId,
      village: l.village,
      place: `${l.province} ${l.county}`,
      amountFen: 0,
    };
    c.amountFen += l.lineFen;
    byVillage.set(l.villageId, c);
  }
  return [...byVillage.values()];
}

export function CreditedVillages({ order }: { order: Order }) {
  const { t } = useTranslation("buyer");
  const navigate = useNavigate();
  return (
    <List
      size="small"
      bordered
      dataSource={creditsOf(order)}
      data-testid="credited-villages"
      renderItem={(c) => (
        <List.Item
          actions={[
            <Button key="report" type="link" size="small" onClick={() => navigate(`/reports/village-sales?villageId=${c.villageId}`)}>
              {t("order.villageReport")}
            </Button>,
          ]}
          style={{ flexWrap: "wrap" }}
        >
          <div>
            <Typography.Text strong>{c.village}</Typography.Text> <Typography.Text type="secondary">{c.place}</Typography.Text>
            <div>
              {t("order.creditedAmount")} <Typography.Text strong>{formatYuan(c.amountFen)}</Typography.Text>
            </div>
          </div>
        </List.Item>
      )}
    />
  );
}
