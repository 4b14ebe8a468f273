/** The API's roles (API.md; a unit test holds them to the platform's list). */
export const ROLES = ["buyer", "supplier", "enterprise", "clerk", "approver", "finance", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);
