import { Button, Result } from "antd";
import { Component, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useLocation } from "react-router";

const RELOADED = "fupin.reloaded-for-chunk";

/** A page's code that no longer exists on the server: the console was deployed (or rebuilt) since this page loaded. */
const isStaleChunk = (e: Error) =>
  /dynamically imported module|Importing a module script failed|error loading dynamically imported module/i.test(e.message);

function Failure({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <Result
      status="error"
      title={<h1 style={{ fontSize: 22, margin: 0 }}>{t("errors.page")}</h1>}
      extra={
        <Button type="primary" onClick={onRetry}>
          {t("common.reload")}
        </Button>
      }
    />
  );
}

class Boundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error) {
    // A newer console is on the server: load it, once a minute at most (a second failure is shown, not looped on).
    const last = Number(sessionStorage.getItem(RELOADED) ?? 0);
    if (isStaleChunk(error) && Date.now() - last > 60_000) {
      sessionStorage.setItem(RELOADED, String(Date.now()));
      window.location.reload();
    }
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return <Failure onRetry={() => window.location.reload()} />;
  }
}

/** Catches a page that fails to render or to load; a new location starts afresh. */
export function PageErrorBoundary({ children }: { children: ReactNode }) {
  const location = useLocation();
  return <Boundary key={location.pathname}>{children}</Boundary>;
}
