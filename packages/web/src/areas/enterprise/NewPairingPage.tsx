import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Card, Checkbox, Col, DatePicker, Empty, Flex, Form, Input, List, Row, Skeleton, Tag, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { call, client } from "../../api/client";
import { errorMessage, type T } from "../../api/errors";
import { useShowError } from "../../api/show-error";
import { PageTitle } from "../../components/PageTitle";
import { chinaToday } from "../../lib/dates";
import { parseYuan } from "../../lib/money";
import { getEnterprise, keys } from "./api";
import { SUPPORT_TYPES, type SupportType, type Village } from "./types";

interface Search {
  q?: string;
  county?: string;
}

interface Fields {
  villageId: string;
  supportTypes: SupportType[];
  committed: string;
  startedOn: Dayjs;
}

/** Villages matching a name (or township) and a county, read on through filtered pages that come back empty. */
function useVillageSearch(search: Search | null) {
  const villages = useInfiniteQuery({
    queryKey: ["villages", "search", search],
    enabled: search !== null,
    queryFn: ({ pageParam }) =>
      call(
        client.GET("/villages", {
          params: { query: { ...(search ?? {}), limit: 50, ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const pages = villages.data?.pages ?? [];
  const found = pages.flatMap((p) => p.items);
  // The name filter runs within the index: a page may come back empty with more behind it.
  const starved = pages.length > 0 && found.length < 10 && villages.hasNextPage && pages.length < 20;
  useEffect(() => {
    if (starved && !villages.isFetchingNextPage) void villages.fetchNextPage();
  }, [starved, villages]);
  return { villages, found, reading: starved || villages.isFetchingNextPage };
}

/** Pairs one of this account's enterprises with a village found by name or county (POST /pairings). */
export default function NewPairingPage() {
  const { enterpriseId = "" } = useParams();
  const { t, i18n } = useTranslation("enterprise");
  const navigate = useNavigate();
  const showError = useShowError();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Fields>();
  const [search, setSearch] = useState<Search | null>(null);
  const [chosen, setChosen] = useState<Village | null>(null);
  const enterprise = useQuery({ queryKey: keys.enterprise(enterpriseId), queryFn: () => getEnterprise(enterpriseId) });
  const { villages, found, reading } = useVillageSearch(search);

  const pair = useMutation({
    mutationFn: (fields: Fields) =>
      call(
        client.POST("/pairings", {
          body: {
            enterpriseId,
            villageId: fields.villageId,
            supportTypes: fields.supportTypes,
            committedFen: parseYuan(fields.committed) ?? 0,
            startedOn: fields.startedOn.format("YYYY-MM-DD"),
          },
        }),
      ),
    onSuccess: (pairing) => {
      void queryClient.invalidateQueries({ queryKey: keys.pairings(enterpriseId) });
      void queryClient.invalidateQueries({ queryKey: keys.figures(enterpriseId) });
      void message.success(t("pair.created", { village: pairing.village.name }));
      navigate(`/enterprise/pairings/${pairing.pairingId}`);
    },
    onError: (e) => showError(e, form),
  });

  const choose = (v: Village) => {
    setChosen(v);
    form.setFieldsValue({ villageId: v.villageId });
    void form.validateFields(["villageId"]).catch(() => undefined);
  };

  if (enterprise.isPending) return <Skeleton active />;
  if (enterprise.error) return <Alert type="error" showIcon message={errorMessage(enterprise.error, t as T, i18n.language)} />;

  return (
    <>
      <Typography.Paragraph style={{ marginBottom: 8 }}>
        <Link to={`/enterprise/enterprises/${enterpriseId}`}>← {enterprise.data.name}</Link>
      </Typography.Paragraph>
      <PageTitle>{t("pair.title")}</PageTitle>
      <Typography.Paragraph type="secondary">{t("pair.intro", { enterprise: enterprise.data.name })}</Typography.Paragraph>

      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t("pair.findVillage")}</h2>} style={{ marginBottom: 16 }}>
        <Form
          layout="vertical"
          onFinish={(s: Search) => {
            const q = s.q?.trim();
            const county = s.county?.trim();
            setSearch({ ...(q ? { q } : {}), ...(county ? { county } : {}) });
          }}
        >
          <Row gutter={12} align="bottom">
            <Col xs={24} sm={10}>
              <Form.Item name="q" label={t("pair.q")} style={{ marginBottom: 8 }}>
                <Input placeholder={t("pair.qPlaceholder")} maxLength={30} allowClear />
              </Form.Item>
            </Col>
            <Col xs={24} sm={9}>
              <Form.Item name="county" label={t("pair.county")} style={{ marginBottom: 8 }}>
                <Input placeholder={t("pair.countyPlaceholder")} maxLength={30} allowClear />
              </Form.Item>
            </Col>
            <Col xs={24} sm={5}>
              <Form.Item style={{ marginBottom: 8 }}>
                <Button htmlType="submit" block loading={villages.isFetching && !villages.isFetchingNextPage}>
                  {t("pair.search")}
                </Button>
              </Form.Item>
            </Col>
          </Row>
          <Typography.Text type="secondary">{t("pair.searchHint")}</Typography.Text>
        </Form>
        {villages.error && (
          <Alert type="error" showIcon message={errorMessage(villages.error, t as T, i18n.language)} style={{ marginTop: 12 }} />
        )}
        {search !== null && !villages.isPending && (
          <div style={{ marginTop: 12 }}>
            {found.length === 0 && !reading ? (
              <Empty description={t("pair.noResults")} />
            ) : (
              <List
                size="small"
                bordered
                header={<Typography.Text strong>{t("pair.results")}</Typography.Text>}
                dataSource={found}
                loading={reading}
                data-testid="village-results"
                renderItem={(v) => {
                  const selected = chosen?.villageId === v.villageId;
                  return (
                    <List.Item
                      style={{ flexWrap: "wrap", gap: 8 }}
                      actions={[
                        <Button
                          key="choose"
                          size="small"
                          type={selected ? "primary" : "default"}
                          aria-pressed={selected}
                          aria-label={t(selected ? "pair.chosenLabel" : "pair.chooseLabel", { village: v.name })}
                          onClick={() => choose(v)}
                        >
                          {selected ? t("pair.chosen") : t("pair.choose")}
                        </Button>,
                      ]}
                    >
                      <div>
                        <Typography.Text strong>{v.name}</Typography.Text>{" "}
                        <Typography.Text type="secondary">
                          {v.province} {v.city} {v.county} {v.township}
                        </Typography.Text>
                      </div>
                    </List.Item>
                  );
                }}
              />
            )}
            {villages.hasNextPage && !reading && (
              <Flex justify="center" style={{ marginTop: 8 }}>
                <Button size="small" onClick={() => void villages.fetchNextPage()}>
                  {t("pair.more")}
                </Button>
              </Flex>
            )}
          </div>
        )}
      </Card>

      <Card>
        <Form<Fields>
          form={form}
          layout="vertical"
          initialValues={{ supportTypes: [], startedOn: dayjs(chinaToday()) }}
          onFinish={(fields) => pair.mutate(fields)}
        >
          <Form.Item name="villageId" label={t("pair.selectedVillage")} rules={[{ required: true, message: t("pair.villageRequired") }]}>
            <ChosenVillage village={chosen} />
          </Form.Item>
          <Form.Item
            name="supportTypes"
            label={t("pair.supportTypes")}
            rules={[
              {
                validator: async (_r, v: SupportType[] | undefined) => {
                  if (!v?.length) throw new Error(t("pair.supportTypesRequired"));
                },
              },
            ]}
          >
            <Checkbox.Group options={SUPPORT_TYPES.map((type) => ({ value: type, label: t(`supportType.${type}`) }))} />
          </Form.Item>
          <Row gutter={12}>
            <Col xs={24} sm={12}>
              <Form.Item
                name="committed"
                label={t("pair.committed")}
                extra={t("pair.committedHelp")}
                rules={[
                  {
                    validator: async (_r, v: string | undefined) => {
                      if (!v || parseYuan(v) === null) throw new Error(t("pair.amountInvalid"));
                    },
                  },
                ]}
              >
                <Input placeholder={t("pair.committedPlaceholder")} inputMode="decimal" prefix="¥" maxLength={20} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item name="startedOn" label={t("pair.startedOn")} rules={[{ required: true, message: t("pair.startedOnRequired") }]}>
                <DatePicker style={{ width: "100%" }} allowClear={false} />
              </Form.Item>
            </Col>
          </Row>
          <Button type="primary" htmlType="submit" loading={pair.isPending}>
            {t("pair.submit")}
          </Button>
        </Form>
      </Card>
    </>
  );
}

/** The village chosen in the search above: the form field's value shown as text (it is chosen there, not typed). */
function ChosenVillage({ village, id }: { village: Village | null; id?: string; value?: string }) {
  const { t } = useTranslation("enterprise");
  return (
    <div id={id} data-testid="chosen-village">
      {village ? (
        <Tag style={{ fontSize: 14, padding: "4px 8px", whiteSpace: "normal" }}>
          {village.name}（{village.province} {village.county} {village.township}）
        </Tag>
      ) : (
        <Typography.Text type="secondary">{t("pair.villageRequired")}</Typography.Text>
      )}
    </div>
  );
}
