import { DeleteOutlined } from "@ant-design/icons";
import { Button, Card, Empty, Flex, InputNumber, List, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { PageTitle } from "../../components/PageTitle";
import { formatYuan } from "../../lib/money";
import { cart, cartTotalFen, MAX_QUANTITY, useCart } from "./cart";

export default function CartPage() {
  const { t } = useTranslation("buyer");
  const lines = useCart();
  const navigate = useNavigate();
  if (!lines.length) {
    return (
      <>
        <PageTitle>{t("cart.title")}</PageTitle>
        <Empty description={t("cart.empty")}>
          <Button type="primary" onClick={() => navigate("/products")}>
            {t("cart.browse")}
          </Button>
        </Empty>
      </>
    );
  }
  const count = lines.reduce((n, l) => n + l.quantity, 0);
  return (
    <>
      <PageTitle>{t("cart.title")}</PageTitle>
      <Card styles={{ body: { padding: 0 } }}>
        <List
          dataSource={lines}
          renderItem={(l) => (
            <List.Item style={{ paddingInline: 16, flexWrap: "wrap", gap: 8 }} data-testid="cart-line">
              <div style={{ flex: "1 1 220px", minWidth: 0 }}>
                <Link to={`/products/${l.productId}`}>
                  <Typography.Text strong>{l.name}</Typography.Text>
                </Link>
                <div>
                  <Typography.Text type="secondary">
                    {formatYuan(l.priceFen)} {t("catalog.perUnit", { unit: l.unit })} · {l.county} {l.village}
                  </Typography.Text>
                </div>
              </div>
              <Flex align="center" gap={8}>
                <InputNumber
                  min={1}
                  max={Math.min(l.stock || MAX_QUANTITY, MAX_QUANTITY)}
                  precision={0}
                  value={l.quantity}
                  onChange={(v) => v && cart.setQuantity(l.productId, v)}
                  aria-label={t("cart.quantityOf", { name: l.name })}
                  style={{ width: 80 }}
                />
                <Typography.Text strong style={{ minWidth: 88, textAlign: "right" }}>
                  {formatYuan(l.priceFen * l.quantity)}
                </Typography.Text>
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={t("cart.removeOf", { name: l.name })}
                  onClick={() => cart.remove(l.productId)}
                />
              </Flex>
            </List.Item>
          )}
        />
      </Card>
      <Card style={{ marginTop: 16 }}>
        <Flex justify="space-between" align="center" wrap gap={12}>
          <div>
            <Typography.Text>
              {t("cart.items", { count })} · {t("cart.total")}{" "}
            </Typography.Text>
            <Typography.Text strong style={{ fontSize: 20, color: "#a8071a" }} data-testid="cart-total">
              {formatYuan(cartTotalFen(lines))}
            </Typography.Text>
            <div>
              <Typography.Text type="secondary">{t("cart.priceNote")}</Typography.Text>
            </div>
          </div>
          <Button type="primary" size="large" onClick={() => navigate("/checkout")}>
            {t("cart.checkout")}
          </Button>
        </Flex>
      </Card>
    </>
  );
}
