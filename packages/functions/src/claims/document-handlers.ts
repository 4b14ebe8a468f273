import { Claims } from "@fupin/core/claims";
import type { HandlersOf } from "../http/lambda";
import { created, ok } from "../http/response";
import type { documentRoutes } from "./document-routes";

export const documentHandlers: HandlersOf<typeof documentRoutes> = {
  "POST /claims/{claimId}/documents": async ({ params, body, actor }) =>
    created(await Claims.documents.requestUpload({ claimId: params.claimId, document: body }, { actor })),
  "POST /claims/{claimId}/documents/{documentId}/confirm": async ({ params, actor }) =>
    ok(await Claims.documents.confirm(params, { actor })),
  "GET /claims/{claimId}/documents": async ({ params, actor }) => ok(await Claims.documents.list(params.claimId, { actor })),
  "GET /claims/{claimId}/documents/{documentId}/url": async ({ params, actor }) => ok(await Claims.documents.viewUrl(params, { actor })),
  "GET /claims/{claimId}/documents/{documentId}/views": async ({ params, query, actor }) =>
    ok(await Claims.documents.views({ ...params, ...query }, { actor })),
};
