// The two parts of pako 1.0 (the inflate JSZip and ExcelJS use too) that the task pane's reader
// takes (base64.ts); pako ships no types of its own.
declare module "pako/lib/inflate" {
  export class Inflate {
    constructor(options?: { raw?: boolean; chunkSize?: number });
    /** Feeds `data`; `true` marks the end of the stream. */
    push(data: Uint8Array, last: boolean): boolean;
    onData(chunk: Uint8Array): void;
    err: number;
    msg: string;
    result: Uint8Array;
  }
}
declare module "pako/lib/utils/strings" {
  /** UTF-8 bytes as text. */
  export function buf2string(bytes: Uint8Array): string;
}
