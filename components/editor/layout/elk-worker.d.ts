/** ELK's in-thread worker (elkjs ships no types for the minified file). */
declare module 'elkjs/lib/elk-worker.min.js' {
  export class Worker {
    constructor(url?: string);
    postMessage(message: unknown): void;
    onmessage: ((event: { data: unknown }) => void) | null;
  }
}
