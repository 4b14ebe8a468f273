import { LogoutOutlined, MenuOutlined, UserOutlined } from "@ant-design/icons";
import { Button, Drawer, Dropdown, Flex, Grid, Layout, Menu, type MenuProps, Segmented, Space, Spin, Tag, Typography } from "antd";
import { Suspense, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, Outlet, useLocation, useNavigate } from "react-router";
import { areaName, hasAnyRole } from "../auth/session";
import { useSession, useSignOut } from "../auth/use-session";
import { areas } from "./areas";
import type { Language } from "./i18n";
import { PageErrorBoundary } from "./PageErrorBoundary";

const { Header, Sider, Content } = Layout;

/** The menu the signed-in user may use: each area's entries, filtered by role, grouped under the area's title. */
function useMenuItems(): { items: NonNullable<MenuProps["items"]>; paths: string[] } {
  const session = useSession();
  const { t } = useTranslation();
  return useMemo(() => {
    const items: NonNullable<MenuProps["items"]> = [];
    const paths: string[] = [];
    for (const area of areas) {
      const visible = area.menu.filter((m) => hasAnyRole(session, m.roles));
      if (!visible.length) continue;
      const children = visible.map((m) => {
        paths.push(m.path);
        return { key: m.path, icon: m.icon, label: <Link to={m.path}>{t(`${area.id}:${m.label}`)}</Link> };
      });
      if (area.menuTitle) items.push({ type: "group", key: area.id, label: t(`${area.id}:${area.menuTitle}`), children });
      else items.push(...children);
    }
    return { items, paths };
  }, [session, t]);
}

/** The menu entry to highlight: the longest entry path the location is on or below. */
function selectedKey(pathname: string, paths: string[]): string[] {
  const match = paths
    .filter((p) => (p === "/" ? pathname === "/" : pathname === p || pathname.startsWith(`${p}/`)))
    .sort((a, b) => b.length - a.length)[0];
  return match ? [match] : [];
}

function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <Segmented<Language>
      size="small"
      aria-label={t("language.label")}
      value={i18n.language === "en" ? "en" : "zh-CN"}
      onChange={(lng) => void i18n.changeLanguage(lng)}
      options={[
        { value: "zh-CN", label: <span lang="zh-CN">{t("language.zh")}</span> },
        { value: "en", label: <span lang="en">{t("language.en")}</span> },
      ]}
    />
  );
}

function Account({ compact }: { compact: boolean }) {
  const session = useSession();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const location = useLocation();
  const { t } = useTranslation();
  if (!session) {
    return (
      <Button type="primary" onClick={() => navigate(`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`)}>
        {t("auth.signIn")}
      </Button>
    );
  }
  const roles = session.roles.map((r) => t(`roles.${r}`)).join("、");
  // Staff act within their area only: it is shown beside who they are.
  const area = areaName(session);
  return (
    <Dropdown
      trigger={["click"]}
      menu={{
        items: [
          {
            key: "who",
            disabled: true,
            label: (
              <Space direction="vertical" size={2}>
                <Typography.Text strong>{session.sub}</Typography.Text>
                <Typography.Text type="secondary">{roles}</Typography.Text>
                {area && <Typography.Text type="secondary">{t("auth.areaOf", { area })}</Typography.Text>}
              </Space>
            ),
          },
          { type: "divider" },
          { key: "sign-out", icon: <LogoutOutlined />, label: t("auth.signOut"), onClick: signOut },
        ],
      }}
    >
      <Button
        icon={<UserOutlined />}
        {...(compact ? { "aria-label": `${t("auth.account")} ${session.sub}${area ? ` ${area}` : ""}` } : {})}
        data-testid="account-menu"
      >
        {!compact && (
          <span>
            {session.sub}{" "}
            {session.roles.map((r) => (
              <Tag key={r} color="red" style={{ marginInlineEnd: 2 }}>
                {t(`roles.${r}`)}
              </Tag>
            ))}
            {area && (
              <Typography.Text type="secondary" data-testid="account-area">
                {area}
              </Typography.Text>
            )}
          </span>
        )}
      </Button>
    </Dropdown>
  );
}

/** The console's frame: top bar (title, language, account), the role-aware menu (a drawer on a phone) and the page. */
export function Shell() {
  const screens = Grid.useBreakpoint();
  const desktop = screens.lg ?? false;
  const [drawerOpen, setDrawerOpen] = useState(false);
  const { t } = useTranslation();
  const location = useLocation();
  const { items, paths } = useMenuItems();
  const selected = selectedKey(location.pathname, paths);
  const menu = (
    <nav aria-label={t("nav.title")}>
      <Menu mode="inline" items={items} selectedKeys={selected} onClick={() => setDrawerOpen(false)} style={{ borderInlineEnd: 0 }} />
    </nav>
  );

  return (
    <Layout style={{ minHeight: "100vh" }}>
      <Header
        style={{
          display: "flex",
          alignItems: "center",
          gap: 8,
          paddingInline: desktop ? 24 : 8,
          background: "#a8071a",
          position: "sticky",
          top: 0,
          zIndex: 10,
        }}
      >
        {!desktop && (
          <Button
            type="text"
            icon={<MenuOutlined style={{ color: "#fff" }} />}
            aria-label={t("nav.open")}
            aria-expanded={drawerOpen}
            onClick={() => setDrawerOpen(true)}
          />
        )}
        <Link
          to="/"
          style={{
            color: "#fff",
            fontWeight: 600,
            fontSize: desktop ? 18 : 15,
            whiteSpace: "nowrap",
            overflow: "hidden",
            textOverflow: "ellipsis",
            minWidth: 0,
          }}
        >
          {desktop ? t("app.title") : t("app.shortTitle")}
        </Link>
        <Flex gap={8} align="center" style={{ marginInlineStart: "auto", flexShrink: 0 }}>
          <LanguageSwitch />
          <Account compact={!desktop} />
        </Flex>
      </Header>
      <Layout>
        {desktop ? (
          <Sider width={208} theme="light" style={{ borderInlineEnd: "1px solid #f0f0f0" }}>
            {menu}
          </Sider>
        ) : (
          <Drawer
            title={t("nav.title")}
            placement="left"
            open={drawerOpen}
            onClose={() => setDrawerOpen(false)}
            size={260}
            styles={{ body: { padding: 0 } }}
          >
            {menu}
          </Drawer>
        )}
        <Content style={{ padding: desktop ? 24 : 12, minWidth: 0 }}>
          <PageErrorBoundary>
            <Suspense
              fallback={
                <Flex justify="center" style={{ padding: 48 }}>
                  <Spin aria-label={t("common.loading")} />
                </Flex>
              }
            >
              <Outlet />
            </Suspense>
          </PageErrorBoundary>
        </Content>
      </Layout>
    </Layout>
  );
}
