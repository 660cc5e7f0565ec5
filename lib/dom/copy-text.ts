// Owns copying a result to the clipboard from a page, including frames the Clipboard API is closed to.
export async function copyText(doc: Document, text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Cross-origin frames without the clipboard-write permission: the copy command still runs on a
    // click, and its event lets us set the data without selecting anything in the page.
    let written = false;
    const onCopy = (event: ClipboardEvent) => {
      event.clipboardData?.setData('text/plain', text);
      event.preventDefault();
      written = event.clipboardData !== null;
    };
    doc.addEventListener('copy', onCopy, { capture: true, once: true });
    const ran = doc.execCommand('copy');
    doc.removeEventListener('copy', onCopy, { capture: true });
    return ran && written;
  }
}
