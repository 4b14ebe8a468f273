import { createContext, useContext } from "react";
import { ConsoleConfig } from "./config-schema";

/** Reads /console/config.json (never cached: it says which environment this is). */
export async function loadConfig(): Promise<ConsoleConfig> {
  const res = await fetch(`${import.meta.env.BASE_URL}config.json`, { cache: "no-store", headers: { accept: "application/json" } });
  if (!res.ok) throw new Error(`config.json answered ${res.status}`);
  return ConsoleConfig.parse(await res.json());
}

export const ConfigContext = createContext<ConsoleConfig | null>(null);

export function useConfig(): ConsoleConfig {
  const config = useContext(ConfigContext);
  if (!config) throw new Error("useConfig outside ConfigContext");
  return config;
}
