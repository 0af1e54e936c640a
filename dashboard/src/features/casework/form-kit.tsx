import { useState } from "react";
import { serverProblem } from "../../lib/errors";

export type Problem = { field: string; message: string };

/** Field problems from the browser's checks or the server's `extensions.field`, plus a general failure. */
export function useProblems(fieldIds: Record<string, string>) {
  const [problems, setProblems] = useState<Problem[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  return {
    problems,
    failure,
    errorFor: (field: string) => problems.find((p) => p.field === field)?.message,
    check(found: Problem[]): boolean {
      setProblems(found);
      setFailure(null);
      return found.length === 0;
    },
    fromServer(error: unknown, friendly: Record<string, string> = {}) {
      const p = serverProblem(error);
      const field = p.field ? fieldIds[p.field] : undefined;
      if (field) setProblems([{ field, message: p.message }]);
      else setFailure(p.code && friendly[p.code] ? `${friendly[p.code]} ${p.message}` : p.message);
    },
    reset() {
      setProblems([]);
      setFailure(null);
    },
  };
}
