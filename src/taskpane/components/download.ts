/** Hands bytes or text to the browser as a file download (no network: a blob URL in the page). */
export function downloadBlob(data: Uint8Array | string, name: string, type: string): void {
  const blob = new Blob([typeof data === "string" ? data : data.slice().buffer], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
