import { Button, Flex, Result, Spin } from "antd";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocation, useNavigate } from "react-router";
import { useConfig } from "../app/config";
import { completeCognitoSignIn } from "./cognito";
import { setSession } from "./session";

/** Where Cognito's hosted UI sends the browser back with a code (the app client's redirectUri). */
export function CallbackPage() {
  const config = useConfig();
  const location = useLocation();
  const navigate = useNavigate();
  const { t } = useTranslation();
  const [failed, setFailed] = useState(false);
  const started = useRef(false);
  useEffect(() => {
    if (started.current || config.mode !== "cognito") return;
    started.current = true;
    completeCognitoSignIn(config.cognito, location.search)
      .then(({ session, next }) => {
        setSession(session);
        navigate(next, { replace: true });
      })
      .catch(() => setFailed(true));
  }, [config, location.search, navigate]);
  if (failed || config.mode !== "cognito") {
    return (
      <Result
        status="error"
        title={<h1 style={{ fontSize: 22, margin: 0 }}>{t("auth.callbackFailed")}</h1>}
        extra={<Button onClick={() => navigate("/sign-in")}>{t("auth.signIn")}</Button>}
      />
    );
  }
  return (
    <Flex justify="center" style={{ padding: 48 }}>
      <Spin tip={t("auth.callback")}>
        <div style={{ width: 200, height: 80 }} />
      </Spin>
    </Flex>
  );
}
