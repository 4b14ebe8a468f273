import { Descriptions } from "antd";
import { useTranslation } from "react-i18next";
import type { Product } from "../../api/types";
import { formatCalendar } from "../../lib/dates";

/** Where a product comes from, its certificate and how it helps poor households: what a buyer checks before buying. */
export function ProductFacts({ product, column = 1 }: { product: Product; column?: number }) {
  const { t, i18n } = useTranslation("buyer");
  const c = product.certification;
  const o = product.origin;
  return (
    <Descriptions
      size="small"
      column={column}
      colon={false}
      styles={{ label: { color: "rgba(0, 0, 0, 0.65)", whiteSpace: "nowrap" } }}
      items={[
        { key: "origin", label: t("catalog.origin"), children: `${o.province} ${o.city} ${o.county} ${o.township} ${o.village}` },
        ...(c
          ? [
              { key: "certificate", label: t("catalog.certificate"), children: c.certificateNo },
              { key: "authority", label: t("catalog.authority"), children: `${c.authority}（${t(`authorityLevel.${c.authorityLevel}`)}）` },
              { key: "batch", label: t("catalog.batch"), children: c.catalogBatch },
              {
                key: "validity",
                label: t("catalog.validity"),
                children: t("catalog.validityRange", {
                  from: formatCalendar(c.issuedOn, i18n.language),
                  to: formatCalendar(c.validUntil, i18n.language),
                }),
              },
            ]
          : []),
        {
          key: "helps",
          label: t("catalog.helps"),
          children: `${t(`povertyLink.${product.povertyLink.mode}`)} · ${t("povertyLink.households", { count: product.povertyLink.households })}`,
        },
      ]}
    />
  );
}
