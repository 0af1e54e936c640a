const HTML_ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" } as const;

/** Text for HTML (the printable report and its charts). The pattern matches only the escaped characters. */
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch as keyof typeof HTML_ESCAPES]);
