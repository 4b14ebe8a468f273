import type { Area } from "./area";

/** The caller, normalised from the JWT: `sub` is the id, `cognito:groups` the roles. */
export const ROLES = ["buyer", "supplier", "enterprise", "clerk", "approver", "finance", "admin"] as const;
export type Role = (typeof ROLES)[number];

export interface Actor {
  readonly id: string;
  readonly roles: readonly Role[];
  /** Staff's jurisdiction (custom:province/city/county/township); absent for buyers, suppliers, enterprises. */
  readonly area?: Area | undefined;
}

export const hasRole = (actor: Actor | undefined, ...roles: Role[]): boolean => !!actor && actor.roles.some((r) => roles.includes(r));

export const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);
