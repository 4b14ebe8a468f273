import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Card, Flex, List, Select, Skeleton, Tag, Tooltip, Typography } from "antd";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { call, client } from "../../../api/client";
import { errorMessage, type T } from "../../../api/errors";
import { useShowError } from "../../../api/show-error";
import { hasAnyRole } from "../../../auth/session";
import { useSession } from "../../../auth/use-session";
import { TAG_COLORS, type TagColors } from "../../../components/ColoredTag";
import { formatChinaDateTime } from "../../../lib/dates";
import { documentTexts, fill } from "./texts";
import { type ClaimDocument, DOCUMENT_KINDS, type DocumentKind, formatBytes, prepareUpload, putToStorage } from "./upload";

type Texts = (typeof documentTexts)[keyof typeof documentTexts];

/** The claim as the panel needs it (any claim response carries these). */
export interface DocumentsPanelClaim {
  claimId: string;
  status: string;
}

/** antd's preset tag colours are too pale for WCAG AA text: the console's own, as style. */
const tagStyle = ([color, background, borderColor]: TagColors) => ({ color, background, borderColor });
const STATUS_COLORS = { pending: TAG_COLORS.waiting, confirmed: TAG_COLORS.good, rejected: TAG_COLORS.bad } as const;

/**
 * A claim's evidence: the checklist of the kinds its cause requires (missing ones marked), its
 * documents, an upload that computes the file's SHA-256 in the browser and sends the file straight
 * to storage through the platform's pre-signed URL, and a view button whose every use the platform
 * logs. Self-contained: mount it on the claim page with the claim.
 */
export function DocumentsPanel({ claim }: { claim: DocumentsPanelClaim }) {
  const { i18n } = useTranslation();
  const tx: Texts = i18n.language === "en" ? documentTexts.en : documentTexts["zh-CN"];
  const session = useSession();
  const queryKey = ["claim-documents", claim.claimId];
  const path = { params: { path: { claimId: claim.claimId } } };
  const list = useQuery({ queryKey, queryFn: () => call(client.GET("/claims/{claimId}/documents", path)) });
  const open = claim.status === "submitted" || claim.status === "reviewed";
  const mayUpload = open && hasAnyRole(session, ["clerk", "approver"]);

  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{tx.title}</h2>} data-testid="documents-panel">
      {list.isPending ? (
        <Skeleton active paragraph={{ rows: 3 }} />
      ) : list.error ? (
        <ErrorAlert error={list.error} />
      ) : (
        <Flex vertical gap={16}>
          <Checklist tx={tx} required={list.data.requiredKinds} missing={list.data.missingKinds} />
          {list.data.items.length === 0 ? (
            <Typography.Text type="secondary">{tx.none}</Typography.Text>
          ) : (
            <List
              size="small"
              dataSource={list.data.items}
              data-testid="documents-list"
              renderItem={(d) => <DocumentRow tx={tx} document={d} />}
            />
          )}
          {mayUpload && <Uploader tx={tx} claimId={claim.claimId} suggested={list.data.missingKinds[0]} />}
        </Flex>
      )}
    </Card>
  );
}

function ErrorAlert({ error }: { error: unknown }) {
  const { t, i18n } = useTranslation();
  return <Alert type="error" showIcon message={errorMessage(error, t as T, i18n.language)} />;
}

function Checklist({ tx, required, missing }: { tx: Texts; required: readonly DocumentKind[]; missing: readonly DocumentKind[] }) {
  if (required.length === 0) return <Typography.Text type="secondary">{tx.checklistNone}</Typography.Text>;
  const absent = new Set(missing);
  return (
    <div data-testid="documents-checklist">
      <Typography.Text strong>{tx.checklist}</Typography.Text>
      <Flex gap={8} wrap style={{ margin: "8px 0" }}>
        {required.map((kind) => (
          <Tag
            key={kind}
            style={tagStyle(absent.has(kind) ? TAG_COLORS.bad : TAG_COLORS.good)}
            data-testid={`required-${kind}`}
            data-missing={absent.has(kind)}
          >
            {tx.kinds[kind]} · {absent.has(kind) ? tx.missing : tx.present}
          </Tag>
        ))}
      </Flex>
      {missing.length === 0 ? (
        <Alert type="success" showIcon message={tx.complete} />
      ) : (
        <Alert type="warning" showIcon message={fill(tx.incomplete, { kinds: missing.map((k) => tx.kinds[k]).join("、") })} />
      )}
    </div>
  );
}

function DocumentRow({ tx, document: d }: { tx: Texts; document: ClaimDocument }) {
  const { message } = App.useApp();
  const showError = useShowError();
  const queryClient = useQueryClient();
  const [showViews, setShowViews] = useState(false);
  const ids = { params: { path: { claimId: d.claimId, documentId: d.documentId } } };
  const views = useQuery({
    queryKey: ["claim-document-views", d.documentId],
    enabled: showViews,
    queryFn: () => call(client.GET("/claims/{claimId}/documents/{documentId}/views", ids)),
  });

  const view = useMutation({
    mutationFn: async () => {
      // Opened now, while the click still counts as the user's, and pointed at the URL once the platform has logged the view.
      const win = window.open("about:blank", "_blank");
      try {
        const issued = await call(client.GET("/claims/{claimId}/documents/{documentId}/url", ids));
        if (!win) throw new Error(tx.problem.popup);
        win.opener = null;
        win.location.href = issued.url;
        return issued;
      } catch (e) {
        win?.close();
        throw e;
      }
    },
    onSuccess: () => {
      void message.info(tx.viewLogged);
      if (showViews) void views.refetch();
      // The view is an event of the claim's history: the page's timeline shows it.
      void queryClient.invalidateQueries({ queryKey: ["claim", d.claimId] });
    },
    onError: (e) => showError(e),
  });

  return (
    <List.Item
      style={{ paddingInline: 0, alignItems: "flex-start" }}
      data-testid="document-row"
      data-document-id={d.documentId}
      data-status={d.status}
      actions={
        d.status === "confirmed"
          ? [
              <Button key="view" size="small" onClick={() => view.mutate()} loading={view.isPending} data-testid="document-view">
                {tx.view}
              </Button>,
              <Button key="views" size="small" type="link" onClick={() => setShowViews((s) => !s)} data-testid="document-views">
                {tx.views}
              </Button>,
            ]
          : []
      }
    >
      <Flex vertical gap={2} style={{ minWidth: 0 }}>
        <Flex gap={8} wrap align="center">
          <Tag>{tx.kinds[d.kind]}</Tag>
          <Typography.Text style={{ overflowWrap: "anywhere" }}>{d.fileName}</Typography.Text>
          <Tag style={tagStyle(STATUS_COLORS[d.status])}>{tx.status[d.status]}</Tag>
        </Flex>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {formatBytes(d.sizeBytes)} ·{" "}
          <Tooltip title={`SHA-256 ${d.sha256}`}>
            <span style={{ fontFamily: "monospace" }}>{d.sha256.slice(0, 12)}…</span>
          </Tooltip>{" "}
          · {fill(tx.uploadedBy, { who: d.uploadedBy, at: formatChinaDateTime(d.uploadedAt) })}
        </Typography.Text>
        {showViews && (
          <div data-testid="document-view-log">
            {views.isPending ? (
              <Skeleton active paragraph={{ rows: 1 }} title={false} />
            ) : views.data && views.data.items.length > 0 ? (
              views.data.items.map((v) => (
                <Typography.Text key={v.viewId} type="secondary" style={{ display: "block", fontSize: 12 }}>
                  {fill(tx.viewedBy, { who: v.viewedBy, at: formatChinaDateTime(v.viewedAt) })}
                </Typography.Text>
              ))
            ) : (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {tx.noViews}
              </Typography.Text>
            )}
          </div>
        )}
      </Flex>
    </List.Item>
  );
}

class UploadProblem extends Error {}

function Uploader({ tx, claimId, suggested }: { tx: Texts; claimId: string; suggested: DocumentKind | undefined }) {
  const { message } = App.useApp();
  const showError = useShowError();
  const queryClient = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [kind, setKind] = useState<DocumentKind | undefined>(undefined);
  const chosen = kind ?? suggested ?? "invoice";

  const upload = useMutation({
    mutationFn: async (file: File) => {
      const prepared = await prepareUpload(chosen, file);
      if (!prepared.ok) throw new UploadProblem(tx.problem[prepared.problem]);
      const path = { params: { path: { claimId } } };
      const { document, upload: ticket } = await call(client.POST("/claims/{claimId}/documents", { ...path, body: prepared.declaration }));
      const status = await putToStorage(ticket, prepared.bytes);
      if (status === null) throw new UploadProblem(tx.problem.network);
      if (status < 200 || status >= 300) throw new UploadProblem(fill(tx.problem.storage, { status }));
      return call(
        client.POST("/claims/{claimId}/documents/{documentId}/confirm", { params: { path: { claimId, documentId: document.documentId } } }),
      );
    },
    onSuccess: (confirmed) => void message.success(fill(tx.uploaded, { name: confirmed.fileName })),
    onError: (e) => (e instanceof UploadProblem ? void message.error(e.message) : showError(e)),
    // Declared-but-refused documents show too: refresh either way.
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: ["claim-documents", claimId] });
      void queryClient.invalidateQueries({ queryKey: ["claim", claimId] });
      if (input.current) input.current.value = "";
    },
  });

  return (
    <Flex vertical gap={8} data-testid="document-upload">
      <Flex gap={8} wrap align="center">
        <Select<DocumentKind>
          aria-label={tx.kind}
          value={chosen}
          onChange={setKind}
          style={{ minWidth: 160 }}
          options={DOCUMENT_KINDS.map((k) => ({ value: k, label: tx.kinds[k] }))}
          data-testid="document-upload-kind"
        />
        <Button type="primary" loading={upload.isPending} onClick={() => input.current?.click()} data-testid="document-upload-button">
          {upload.isPending ? tx.uploading : tx.choose}
        </Button>
        <input
          ref={input}
          type="file"
          hidden
          accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
          data-testid="document-upload-input"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) upload.mutate(file);
          }}
        />
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {tx.hint}
      </Typography.Text>
    </Flex>
  );
}
