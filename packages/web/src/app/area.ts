import type { ComponentType, LazyExoticComponent, ReactNode } from "react";
import type { Role } from "../lib/roles";

/**
 * One area of the console (buyer, supplier, enterprise, claims, admin, reports, public): its
 * translations, menu entries and routes. An area lives in src/areas/<id>/ with an `area.tsx` that
 * exports `defineArea({...})`, an `i18n.ts` with its texts, and its pages, each imported lazily so
 * the area is a chunk of its own. src/app/areas.tsx lists the areas; nothing else needs editing.
 */

/** Texts of one area, the i18next namespace named after the area. English must have the same keys (a unit test checks). */
export interface AreaTexts {
  "zh-CN": TextTree;
  en: TextTree;
}
export interface TextTree {
  [key: string]: string | TextTree;
}

export interface AreaRoute {
  /** Under the console's basename (/console): "/products/:productId". */
  path: string;
  /** Who may open it; absent: anyone, signed in or not. A signed-out visitor of a guarded page is sent to sign-in. */
  roles?: readonly Role[];
  page: LazyExoticComponent<ComponentType>;
}

export interface AreaMenuItem {
  /** The route it opens; it is highlighted on that path and below it. */
  path: string;
  /** A key of the area's own texts, e.g. "menu.catalog". */
  label: string;
  icon?: ReactNode;
  /** Who sees it; absent: everyone. */
  roles?: readonly Role[];
}

export interface Area {
  /** Also the i18next namespace of its texts. */
  id: string;
  texts: AreaTexts;
  /** The menu group's title (a key of its texts), when its entries are grouped under one. */
  menuTitle?: string;
  menu: AreaMenuItem[];
  routes: AreaRoute[];
}

export const defineArea = (area: Area): Area => area;
