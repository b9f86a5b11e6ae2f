/** Creates a writable stream that keeps the text written to it, for the output of `runCommand`. */
export function textSink(): NodeJS.WritableStream & { text: string } {
  const sink = {
    text: '',
    write(chunk: string | Uint8Array): boolean {
      sink.text += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
      return true;
    },
  };
  return sink as unknown as NodeJS.WritableStream & { text: string };
}
