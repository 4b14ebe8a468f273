import { Button, Result } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, useLocation, useNavigate } from "react-router";
import { hasAnyRole } from "../auth/session";
import { useSession } from "../auth/use-session";
import type { Role } from "../lib/roles";

/** A page for some roles: a signed-out visitor goes to sign-in (and comes back); a signed-in one without the role is told so. */
export function Guard({ roles, children }: { roles: readonly Role[] | undefined; children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const { t } = useTranslation();
  if (!roles) return children;
  const next = encodeURIComponent(location.pathname + location.search);
  if (!session) return <Navigate to={`/sign-in?next=${next}`} replace />;
  if (!hasAnyRole(session, roles)) {
    return (
      <Result
        status="403"
        title={<h1 style={{ fontSize: 22, margin: 0 }}>{t("guard.forbiddenTitle")}</h1>}
        subTitle={t("guard.forbidden")}
        extra={<Button onClick={() => navigate(`/sign-in?next=${next}`)}>{t("guard.switchAccount")}</Button>}
      />
    );
  }
  return children;
}

export function NotFound() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title={<h1 style={{ fontSize: 22, margin: 0 }}>{t("guard.notFoundTitle")}</h1>}
      subTitle={t("guard.notFound")}
      extra={<Button onClick={() => navigate("/")}>{t("guard.home")}</Button>}
    />
  );
}
