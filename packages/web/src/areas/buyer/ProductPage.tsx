import { useQuery } from "@tanstack/react-query";
import { Alert, Button, Card, Col, Flex, Result, Row, Skeleton, Space, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";
import { call, client } from "../../api/client";
import { ApiError, errorMessage, type T } from "../../api/errors";
import { PageTitle } from "../../components/PageTitle";
import { formatYuan } from "../../lib/money";
import { AddToCart } from "./AddToCart";
import { ProductFacts } from "./ProductFacts";

export default function ProductPage() {
  const { productId = "" } = useParams();
  const { t, i18n } = useTranslation("buyer");
  const navigate = useNavigate();
  const product = useQuery({
    queryKey: ["product", productId],
    queryFn: () => call(client.GET("/products/{productId}", { params: { path: { productId } } })),
  });

  if (product.isPending) return <Skeleton active />;
  if (product.error) {
    if (product.error instanceof ApiError && product.error.status === 404) {
      return (
        <Result
          status="404"
          title={<h1 style={{ fontSize: 22, margin: 0 }}>{t("product.notFound")}</h1>}
          extra={<Button onClick={() => navigate("/products")}>{t("product.back")}</Button>}
        />
      );
    }
    return <Alert type="error" showIcon message={errorMessage(product.error, t as T, i18n.language)} />;
  }
  const p = product.data;
  return (
    <>
      <PageTitle extra={<Button onClick={() => navigate("/products")}>{t("product.back")}</Button>}>{p.name}</PageTitle>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          {p.description && (
            <Typography.Paragraph style={{ whiteSpace: "pre-line" }} data-testid="product-description">
              {p.description}
            </Typography.Paragraph>
          )}
          <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t("product.certification")}</h2>}>
            <ProductFacts product={p} />
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card>
            <Space direction="vertical" size="middle" style={{ width: "100%" }}>
              <Flex gap={8} align="baseline" wrap>
                <Typography.Text strong style={{ fontSize: 24, color: "#a8071a" }}>
                  {formatYuan(p.priceFen)}
                </Typography.Text>
                <Typography.Text type="secondary">{t("catalog.perUnit", { unit: p.unit })}</Typography.Text>
                <Tag>{p.category}</Tag>
              </Flex>
              <Typography.Text type="secondary">
                {p.stock > 0 ? t("catalog.stock", { count: p.stock }) : t("catalog.outOfStock")}
              </Typography.Text>
              <Flex gap={8} wrap>
                <AddToCart product={p} />
                <Button
                  disabled={p.stock < 1}
                  onClick={() => {
                    navigate("/cart");
                  }}
                >
                  {t("menu.cart")}
                </Button>
              </Flex>
            </Space>
          </Card>
        </Col>
      </Row>
    </>
  );
}
