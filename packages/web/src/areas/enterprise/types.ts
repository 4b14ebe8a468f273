import type { paths } from "../../api/schema";

/** The API's shapes this area uses, from the generated schema. */
type Json<R> = R extends { content: { "application/json": infer B } } ? B : never;

export type Enterprise = Json<paths["/enterprises/{enterpriseId}"]["get"]["responses"][200]>;
export type Pairing = Json<paths["/pairings/{pairingId}"]["get"]["responses"][200]>;
export type Contribution = Json<paths["/pairings/{pairingId}/contributions"]["get"]["responses"][200]>["items"][number];
export type SupportType = Pairing["supportTypes"][number];
export type PairingFigures = Json<paths["/reports/pairings"]["get"]["responses"][200]>;
export type Village = Json<paths["/villages/{villageId}"]["get"]["responses"][200]>;

/** Every support type, in the API's order (its enum), for pickers. */
export const SUPPORT_TYPES: readonly SupportType[] = ["industry", "employment", "consumption", "public_welfare", "skills", "trade"];
