import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { App as AntApp, ConfigProvider } from "antd";
import enUS from "antd/locale/en_US";
import zhCN from "antd/locale/zh_CN";
import dayjs from "dayjs";
import "dayjs/locale/zh-cn";
import { lazy, useEffect } from "react";
import { useTranslation } from "react-i18next";
import { BrowserRouter, Route, Routes } from "react-router";
import { ApiError } from "../api/errors";
import { areas } from "./areas";
import type { ConsoleConfig } from "./config-schema";
import { ConfigContext } from "./config";
import { Guard, NotFound } from "./Guard";
import { Shell } from "./Shell";

// Sign-in is a page like the others: loaded when visited.
const SignInPage = lazy(() => import("../auth/SignInPage").then((m) => ({ default: m.SignInPage })));
const CallbackPage = lazy(() => import("../auth/CallbackPage").then((m) => ({ default: m.CallbackPage })));

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 15_000,
      refetchOnWindowFocus: false,
      // A refusal (4xx) will not change on retry; a network failure or 5xx may.
      retry: (count, error) => count < 2 && !(error instanceof ApiError && error.status !== null && error.status < 500),
    },
  },
});

/**
 * antd's default greys for secondary and placeholder text (#8c8c8c, #bfbfbf on white) and its link
 * blue (4.1:1) fall short of WCAG AA's 4.5:1: darker here. The primary colour is a Chinese red with
 * 5.9:1 against white.
 */
const THEME = {
  token: {
    colorPrimary: "#c41d1d",
    borderRadius: 6,
    colorTextSecondary: "rgba(0, 0, 0, 0.65)",
    colorTextTertiary: "rgba(0, 0, 0, 0.6)",
    colorTextDescription: "rgba(0, 0, 0, 0.6)",
    colorTextPlaceholder: "rgba(0, 0, 0, 0.55)",
    colorLink: "#0958d9",
    colorLinkHover: "#003eb3",
    colorLinkActive: "#002c8c",
    colorError: "#cf1322",
  },
};

/** Every area's routes under the shell, each behind its roles; sign-in and Cognito's callback beside them. */
export function App({ config }: { config: ConsoleConfig }) {
  const { i18n } = useTranslation();
  const english = i18n.language === "en";
  useEffect(() => {
    dayjs.locale(english ? "en" : "zh-cn");
  }, [english]);
  return (
    <ConfigContext.Provider value={config}>
      <ConfigProvider locale={english ? enUS : zhCN} theme={THEME} button={{ autoInsertSpace: false }}>
        <AntApp>
          <QueryClientProvider client={queryClient}>
            <BrowserRouter basename="/console">
              <Routes>
                <Route element={<Shell />}>
                  {areas.flatMap((area) =>
                    area.routes.map((r) => (
                      <Route
                        key={`${area.id}:${r.path}`}
                        path={r.path}
                        element={
                          <Guard roles={r.roles}>
                            <r.page />
                          </Guard>
                        }
                      />
                    )),
                  )}
                  <Route path="/sign-in" element={<SignInPage />} />
                  <Route path="/auth/callback" element={<CallbackPage />} />
                  <Route path="*" element={<NotFound />} />
                </Route>
              </Routes>
            </BrowserRouter>
          </QueryClientProvider>
        </AntApp>
      </ConfigProvider>
    </ConfigContext.Provider>
  );
}
