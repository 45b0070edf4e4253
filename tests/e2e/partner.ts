// A partner website on another site (localhost, where the directory is
// 127.0.0.1: another origin and another site, so the browser treats the
// frames as third-party), for the embed tests. It serves whatever page a
// test gives it, and records the messages its page receives.
import { createServer, type Server } from 'node:http';

export const SANDBOX =
  'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation allow-downloads';

/** An iframe as the embed builder's snippet writes it. */
export function frame(id: string, src: string, height = 300) {
  return `<iframe id="${id}" data-legal-aid-directory src="${src}" title="Refugee Legal Aid Directory"
    style="width:100%;height:${height}px;border:0" loading="eager" referrerpolicy="no-referrer"
    sandbox="${SANDBOX}" allow="clipboard-write; web-share"></iframe>`;
}

export class Partner {
  private html = '<!doctype html><title>Partner</title>';
  private server?: Server;
  /** `host` "localhost" makes the partner another site; "127.0.0.1" the same site on another origin. */
  constructor(
    readonly port: number,
    readonly host = 'localhost',
  ) {}

  get url() {
    return `http://${this.host}:${this.port}/`;
  }

  /** Sets the page the partner serves next, and returns its address. */
  page(body: string) {
    this.html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Partner site</title></head>
      <body style="margin:0"><h1>A partner organisation</h1>${body}
      <script>window.received = []; addEventListener('message', (e) => received.push({ origin: e.origin, data: e.data }));</script>
      </body></html>`;
    return this.url;
  }

  start() {
    this.server = createServer((_, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(this.html);
    });
    return new Promise<void>((resolve) => this.server!.listen(this.port, this.host, resolve));
  }

  stop() {
    return new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
