/**
 * Opens a base64 PDF the API returned (a closure letter's printable copy, a template preview) in a
 * new tab for reading or printing; `tab` is one opened earlier in the click, before an await, so a
 * popup blocker lets it through. The address is revoked after five minutes.
 */
export function openPdf(base64: string, tab: Window | null = window.open("", "_blank")): void {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: "application/pdf" }));
  if (tab) tab.location.href = url;
  else window.location.assign(url);
  setTimeout(() => URL.revokeObjectURL(url), 300_000);
}
