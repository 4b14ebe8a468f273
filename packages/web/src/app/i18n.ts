import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import type { AreaTexts } from "./area";
import { commonTexts } from "./common-texts";

/** The console speaks Chinese first; English is a switch away. */
export const LANGUAGES = ["zh-CN", "en"] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = "fupin.lang";

function initialLanguage(): Language {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved === "en" || saved === "zh-CN") return saved;
  } catch {
    // storage disabled
  }
  return "zh-CN";
}

export const i18n = i18next.createInstance();

/** Sets up i18next with the shell's texts and every area's namespace. */
export function initI18n(areas: readonly { id: string; texts: AreaTexts }[]): typeof i18n {
  const resources: Record<Language, Record<string, object>> = { "zh-CN": { common: commonTexts["zh-CN"] }, en: { common: commonTexts.en } };
  for (const area of areas) {
    resources["zh-CN"][area.id] = area.texts["zh-CN"];
    resources.en[area.id] = area.texts.en;
  }
  void i18n.use(initReactI18next).init({
    resources,
    lng: initialLanguage(),
    fallbackLng: "zh-CN",
    defaultNS: "common",
    ns: ["common", ...areas.map((a) => a.id)],
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  const apply = (lng: string) => {
    document.documentElement.lang = lng;
    document.title = i18n.t("common:app.title");
  };
  apply(i18n.language);
  i18n.on("languageChanged", (lng) => {
    apply(lng);
    try {
      localStorage.setItem(STORAGE_KEY, lng);
    } catch {
      // storage disabled
    }
  });
  return i18n;
}

/** The current language as the API's Accept-Language takes it. */
export const currentLanguage = (): Language => (i18n.language === "en" ? "en" : "zh-CN");
