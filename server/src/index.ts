export { startApp, type RunningApp, type StartOptions } from "./app.js";
export { loadEnv, type Env } from "./config/env.js";
export { openDatabase, migrate, countStatements, type Database } from "./db/client.js";
export { seedDemo, DEMO_SERVICE_SLUG } from "./seed/demo.js";
export * as tables from "./tables.js";
export { findViewerByToken, recheckSession, recheckViewers } from "./auth/session.service.js";
export type { Context } from "./graphql/context.js";
export type { Viewer } from "./core/viewer.js";
export { referralDeliveryReads } from "./referral/referral.service.js";
