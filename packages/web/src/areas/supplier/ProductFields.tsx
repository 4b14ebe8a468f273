import { AutoComplete, Form, Input } from "antd";
import { useTranslation } from "react-i18next";
import { parseYuan } from "../../lib/money";

/** The catalogue's usual categories; any other may be typed. */
const CATEGORIES = ["粮油", "果蔬", "畜禽肉蛋", "茶叶", "水产", "酒水", "手工艺品"];

/** A price typed in 元 ("39.80"), checked as the API will read it (parseYuan), above zero. */
export function usePriceRule() {
  const { t } = useTranslation("supplier");
  return {
    validator: (_rule: unknown, value: string | undefined) => {
      if (!value?.trim()) return Promise.resolve();
      const fen = parseYuan(value);
      if (fen === null) return Promise.reject(new Error(t("form.priceInvalid")));
      if (fen <= 0) return Promise.reject(new Error(t("form.priceZero")));
      return Promise.resolve();
    },
  };
}

/**
 * Name, category, unit, price (in 元, under the field name priceFen so the API's refusals land on
 * it) and description: what creating and editing a product share.
 */
export function ProductFields() {
  const { t } = useTranslation("supplier");
  const required = { required: true, whitespace: true, message: t("form.required") };
  const priceRule = usePriceRule();
  return (
    <>
      <Form.Item name="name" label={t("form.name")} rules={[required, { max: 100 }]}>
        <Input placeholder={t("form.namePlaceholder")} maxLength={100} />
      </Form.Item>
      <Form.Item name="category" label={t("form.category")} rules={[required, { max: 30 }]}>
        <AutoComplete
          options={CATEGORIES.map((c) => ({ value: c }))}
          placeholder={t("form.categoryPlaceholder")}
          filterOption={(input, option) => (option?.value ?? "").includes(input)}
          maxLength={30}
        />
      </Form.Item>
      <Form.Item name="unit" label={t("form.unit")} rules={[required, { max: 20 }]}>
        <Input placeholder={t("form.unitPlaceholder")} maxLength={20} />
      </Form.Item>
      <Form.Item name="priceFen" label={t("form.price")} rules={[required, priceRule]}>
        <Input prefix="¥" inputMode="decimal" placeholder={t("form.pricePlaceholder")} style={{ maxWidth: 240 }} />
      </Form.Item>
      <Form.Item name="description" label={t("form.description")} rules={[{ max: 1000 }]}>
        <Input.TextArea rows={4} maxLength={1000} showCount placeholder={t("form.descriptionPlaceholder")} />
      </Form.Item>
    </>
  );
}
