import path from "node:path";
import { fileURLToPath } from "node:url";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const ARTIFACTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "artifacts");

/** The one sign-in the e2e API lists in DEPLOYMENT_ADMIN_EMAILS; new-service.e2e.test.ts adds the account. */
export const DEPLOYER_EMAIL = "deployer@demo.sendiass.test";
