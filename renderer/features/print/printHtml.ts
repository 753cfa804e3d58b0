// Printing straight to a printer: a hidden copy of the printout in a frame of
// its own. The preview frame is fully sandboxed (sandbox=""), so the page
// cannot reach into it; this copy allows only what print() needs (same origin
// and the print dialog) and still runs no scripts.
export function printHtml(html: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-same-origin allow-modals');
    frame.setAttribute('aria-hidden', 'true');
    frame.style.cssText = 'position:fixed;right:0;bottom:0;width:0;height:0;border:0;visibility:hidden';
    frame.addEventListener('load', () => {
      const target = frame.contentWindow;
      if (!target) {
        frame.remove();
        reject(new Error('The printout could not be prepared for printing.'));
        return;
      }
      target.addEventListener('afterprint', () => frame.remove(), { once: true });
      target.focus();
      target.print();
      resolve();
    });
    frame.srcdoc = html;
    document.body.append(frame);
  });
}
