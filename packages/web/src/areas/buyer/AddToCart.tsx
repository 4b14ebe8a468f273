import { ShoppingCartOutlined } from "@ant-design/icons";
import { App, Button, InputNumber, Space } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Product } from "../../api/types";
import { cart, MAX_QUANTITY } from "./cart";

/** A quantity and "add to cart", for a card or the product page. */
export function AddToCart({ product, onAdded }: { product: Product; onAdded?: () => void }) {
  const { t } = useTranslation("buyer");
  const { message } = App.useApp();
  const [quantity, setQuantity] = useState(1);
  const max = Math.min(product.stock, MAX_QUANTITY);
  if (product.stock < 1) return <Button disabled>{t("catalog.outOfStock")}</Button>;
  return (
    <Space.Compact>
      <InputNumber
        min={1}
        max={max}
        precision={0}
        value={quantity}
        onChange={(v) => setQuantity(v ?? 1)}
        aria-label={t("catalog.quantity", { name: product.name })}
        style={{ width: 72 }}
      />
      <Button
        type="primary"
        icon={<ShoppingCartOutlined />}
        onClick={() => {
          cart.add(product, quantity);
          void message.success(t("catalog.added", { name: product.name, count: quantity }));
          onAdded?.();
        }}
      >
        {t("catalog.addToCart")}
      </Button>
    </Space.Compact>
  );
}
