import { GraphQLResponseError } from "../../lib/graphql-request";
import { readSession } from "../../lib/session";

/** Where a document is filed: exactly one of the three. */
export type FolderTarget = { caseId: string } | { referralId: string } | { personId: string };

/** The header the API demands on uploads, so no cross-site "simple request" can file a document (decision 038). */
const UPLOAD_HEADER = "x-sendiass-upload";

const authorization = (): Record<string, string> => {
  const token = readSession()?.token;
  return token ? { authorization: `Bearer ${token}` } : {};
};

async function refusal(response: Response): Promise<GraphQLResponseError> {
  try {
    const body = (await response.json()) as { errors?: { message: string; extensions?: Record<string, unknown> }[] };
    if (body.errors?.length) return new GraphQLResponseError(body.errors);
  } catch {
    // Not our JSON (a proxy's page): fall through to a plain refusal.
  }
  return new GraphQLResponseError([{ message: `The service refused the file (${response.status}).` }]);
}

/** File `file` in a folder, or as a new version of `replaces`. Throws `GraphQLResponseError` when refused. */
export async function uploadFile(file: File, where: FolderTarget | { replaces: string }): Promise<void> {
  const params = new URLSearchParams({ ...(where as Record<string, string>), name: file.name });
  const response = await fetch(`/documents?${params}`, {
    method: "POST",
    headers: { ...authorization(), [UPLOAD_HEADER]: "1", "content-type": "application/octet-stream" },
    body: file,
  });
  if (!response.ok) throw await refusal(response);
}

/** The bytes of one version, as a blob the browser can show or save. */
export async function fetchFile(id: string): Promise<Blob> {
  const response = await fetch(`/documents/${encodeURIComponent(id)}/download`, { headers: authorization() });
  if (!response.ok) throw await refusal(response);
  return response.blob();
}

/** Save a version under its name. */
export async function saveFile(id: string, name: string): Promise<void> {
  const url = URL.createObjectURL(await fetchFile(id));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Show a version in a new tab. The tab is opened in the click itself (a popup opened after an await
 * is blocked) and given the file once it has arrived.
 */
export async function previewFile(id: string): Promise<void> {
  const tab = window.open("", "_blank");
  try {
    const url = URL.createObjectURL(await fetchFile(id));
    if (tab) tab.location.href = url;
    else window.location.assign(url);
    setTimeout(() => URL.revokeObjectURL(url), 300_000);
  } catch (error) {
    tab?.close();
    throw error;
  }
}
