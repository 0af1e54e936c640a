import type { StaffRole } from "../core/vocabulary.js";

/*
 * Accounts: first run, set-password links, and who may manage a service's staff (decision 031).
 */

/** A set-password link works once, for this many hours after it was issued. */
export const PASSWORD_LINK_HOURS = 72;

/** Passwords are at least this long (NCSC: length over complexity rules). */
export const MIN_PASSWORD_LENGTH = 12;

/** The dashboard's page a link opens; the token follows `#`, so it never reaches a server log or a Referer. */
export const SET_PASSWORD_PATH = "/set-password";
export const setPasswordPath = (token: string) => `${SET_PASSWORD_PATH}#${token}`;

/**
 * Stored as the password hash of an account whose person has not set one yet: not an argon2 hash,
 * so no password verifies against it.
 */
export const NO_PASSWORD = "!no-password-set";

/**
 * Who runs a service's accounts: its administrators; a manager only while the service has no active
 * administrator (a small service without one).
 */
export const mayManageAccounts = (role: StaffRole, serviceHasAdministrator: boolean) =>
  role === "ADMIN" || (role === "MANAGER" && !serviceHasAdministrator);
