import { useNavigate } from "react-router";
import { useCallback, useSyncExternalStore } from "react";
import { useConfig } from "../app/config";
import { cognitoSignOutUrl } from "./cognito";
import { getSession, type Session, setSession, subscribeSession } from "./session";

export const useSession = (): Session | null => useSyncExternalStore(subscribeSession, getSession, () => null);

/** Signs out: locally the token is simply forgotten; with Cognito the hosted UI's session ends too. */
export function useSignOut(): () => void {
  const config = useConfig();
  const navigate = useNavigate();
  return useCallback(() => {
    setSession(null);
    if (config.mode === "cognito") window.location.assign(cognitoSignOutUrl(config.cognito));
    else navigate("/");
  }, [config, navigate]);
}
