import { DOCUMENT_KIND_LABELS } from "@fupin/core/claims/labels";
import type { DocumentKind } from "./upload";

/**
 * The panel's words, in both languages the console speaks. Kept beside the panel (not in the claims
 * area's namespace) so the panel can be mounted anywhere. The kinds' Chinese labels are the
 * platform's own table (DOCUMENT_KIND_LABELS, which the API also sends as `kindLabel`), imported.
 */
export const documentTexts = {
  "zh-CN": {
    title: "证明材料",
    checklist: "必备材料",
    checklistNone: "本方案对该原因没有规定必备材料。",
    missing: "缺少",
    present: "已确认",
    complete: "必备材料已齐全，可以审核。",
    incomplete: "材料不齐全，审核前须上传并确认：{{kinds}}。",
    none: "尚未上传材料。",
    kind: "材料类型",
    choose: "选择文件并上传",
    hint: "PDF、JPG 或 PNG，不超过 20 MB。文件直接上传到存储，平台核对其 SHA-256 后永久保存，不可替换或删除。",
    uploading: "正在上传…",
    uploaded: "已上传并确认：{{name}}",
    view: "查看",
    views: "查看记录",
    noViews: "尚无查看记录。",
    viewedBy: "{{who}} 于 {{at}} 查看",
    viewLogged: "本次查看已记入办理记录。",
    status: { pending: "待确认", confirmed: "已确认", rejected: "已退回" },
    uploadedBy: "{{who}} 上传于 {{at}}",
    problem: {
      type: "只能上传 PDF、JPG 或 PNG 文件。",
      size: "文件超过 20 MB，请压缩或分页后上传。",
      empty: "文件是空的。",
      storage: "文件未能上传到存储（HTTP {{status}}），请重试。",
      network: "无法连接存储服务，请检查网络后重试。",
      popup: "浏览器阻止了新窗口，请允许弹出窗口后重试。",
    },
    kinds: DOCUMENT_KIND_LABELS satisfies Record<DocumentKind, string>,
  },
  en: {
    title: "Documents",
    checklist: "Required documents",
    checklistNone: "The scheme requires no documents for this cause.",
    missing: "missing",
    present: "confirmed",
    complete: "Every required document is confirmed: the claim can be reviewed.",
    incomplete: "Before review, upload and confirm: {{kinds}}.",
    none: "No documents yet.",
    kind: "Kind",
    choose: "Choose a file and upload",
    hint: "PDF, JPG or PNG, up to 20 MB. The file goes straight to storage; the platform checks its SHA-256 and keeps it for good: it cannot be replaced or deleted.",
    uploading: "Uploading…",
    uploaded: "Uploaded and confirmed: {{name}}",
    view: "View",
    views: "Views",
    noViews: "Nobody has viewed it yet.",
    viewedBy: "{{who}} viewed it at {{at}}",
    viewLogged: "This view was added to the claim's history.",
    status: { pending: "pending", confirmed: "confirmed", rejected: "refused" },
    uploadedBy: "uploaded by {{who}} at {{at}}",
    problem: {
      type: "Only PDF, JPG or PNG files.",
      size: "The file is over 20 MB: compress or split it.",
      empty: "The file is empty.",
      storage: "The file did not reach storage (HTTP {{status}}); try again.",
      network: "Storage did not answer; check the connection and try again.",
      popup: "The browser blocked the new window: allow pop-ups and try again.",
    },
    kinds: {
      invoice: "Invoice",
      expense_list: "Itemised bill",
      insurance_settlement: "Insurance settlement",
      diagnosis: "Diagnosis",
      admission: "Admission letter",
      photo: "Site photo",
      consent: "Consent form",
      other: "Other",
    } satisfies Record<DocumentKind, string>,
  },
} as const;

/** `{{name}}` placeholders filled in. */
export const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_m, name: string) => String(values[name] ?? ""));
