import { ApolloArmor } from "@escape.tech/graphql-armor";
import { specifiedRules, type ValidationRule } from "graphql";
import { costLimitRule } from "./cost-limit.js";

/**
 * Limits applied identically to HTTP (through Apollo) and WebSocket (through graphql-ws's own
 * parse/validate step in `ws.ts`). Chosen from the dashboard's deepest real query (depth 7,
 * a few hundred tokens) with a wide margin.
 */
export const limits = {
  maxDepth: 12,
  maxAliases: 15,
  maxDirectives: 20,
  maxTokens: 3000,
  maxCost: 5000,
  /** Characters in one document. */
  maxDocumentLength: 20_000,
  /** Live subscriptions on one WebSocket connection. */
  maxSubscriptionsPerConnection: 20,
  /** Largest WebSocket frame accepted (`ws` allows 100 MiB by default). */
  maxWsPayloadBytes: 64 * 1024,
  /**
   * Unsent bytes one WebSocket may hold (`bufferedAmount`, beyond what the kernel holds) before it is
   * closed as too slow (1013, see `fanout.ts`). A client that stops reading would otherwise make the
   * server keep every event for it until the process runs out of memory. 1 MiB is dozens of the largest
   * referral frames; the dashboard's event rate never comes near it on a working connection.
   * `WS_MAX_BUFFERED_BYTES` overrides it.
   */
  maxWsBufferedBytes: 1024 * 1024,
};

export function createArmor() {
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth },
    maxAliases: { n: limits.maxAliases },
    maxDirectives: { n: limits.maxDirectives },
    // Not armor's token plugin: it parses the document a second time in a plugin hook, so its syntax
    // errors (every syntax error, and a stack overflow on a deeply nested literal) surfaced as HTTP 500.
    // `limits.maxTokens` goes to graphql-js's parser instead (Apollo's parseOptions, and ws.ts).
    maxTokens: { enabled: false },
    // The cost limit is ours (cost-limit.ts): armor's formula, with a fragment costing what its fields
    // cost written out (armor charges every repeated spread 1.5 × its cost, issue 17).
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: true },
  });
  const protection = armor.protect();
  return { ...protection, validationRules: [...protection.validationRules, costLimitRule(limits.maxCost)] };
}

export const wsValidationRules = (armorRules: ValidationRule[]): ValidationRule[] => [...specifiedRules, ...armorRules];
