import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { I18nextProvider } from "react-i18next";
import { App } from "./app/App";
import { areas } from "./app/areas";
import { loadConfig } from "./app/config";
import { initI18n } from "./app/i18n";

const i18n = initI18n(areas);
const root = createRoot(document.getElementById("root")!);

loadConfig()
  .then((config) =>
    root.render(
      <StrictMode>
        <I18nextProvider i18n={i18n}>
          <App config={config} />
        </I18nextProvider>
      </StrictMode>,
    ),
  )
  .catch(() => {
    // No React tree yet: one plain, translated line.
    const p = document.createElement("p");
    p.setAttribute("role", "alert");
    p.style.padding = "24px";
    p.textContent = i18n.t("common:errors.config");
    document.getElementById("root")!.replaceChildren(p);
  });
