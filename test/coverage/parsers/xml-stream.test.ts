import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ReportError } from '../../../src/errors.js';
import { inputFromBuffer } from '../../../src/coverage/parsers/types.js';
import { XmlReportReader, type XmlTag } from '../../../src/coverage/parsers/xml-stream.js';
import { CHUNK_SIZES } from './xml-chunks.js';

interface ReadResult {
  opened: string[];
  closed: string[];
  attributes: Record<string, string>[];
  texts: string[];
}

/** Reads a document with a reader that records every tag and the text of every <source>. */
async function readDocument(content: string | Buffer, chunkSize: number): Promise<ReadResult> {
  const reader = new XmlReportReader('report.xml', { name: 'Test', root: 'coverage' });
  const result: ReadResult = { opened: [], closed: [], attributes: [], texts: [] };
  await reader.read(inputFromBuffer('report.xml', content, chunkSize), {
    openTag(tag: XmlTag) {
      result.opened.push(tag.name);
      result.attributes.push(tag.attributes);
      if (tag.name === 'source') reader.beginText();
    },
    closeTag(tag: XmlTag) {
      result.closed.push(tag.name);
      if (tag.name === 'source') result.texts.push(reader.endText());
    },
  });
  return result;
}

async function readError(content: string | Buffer, chunkSize: number): Promise<ReportError> {
  const caught = await readDocument(content, chunkSize).then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(caught).toBeInstanceOf(ReportError);
  return caught as ReportError;
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

describe('XmlReportReader', () => {
  const documents: { name: string; content: string | Buffer; expected: Partial<ReadResult> }[] = [
    {
      name: 'plain document',
      content: '<coverage a="1"><packages><class name="x"/></packages></coverage>',
      expected: { opened: ['coverage', 'packages', 'class'], closed: ['class', 'packages', 'coverage'] },
    },
    {
      name: 'UTF-8 byte order mark',
      content: Buffer.concat([BOM, Buffer.from('<?xml version="1.0" encoding="utf-8"?>\n<coverage/>')]),
      expected: { opened: ['coverage'] },
    },
    {
      name: 'multi-byte characters',
      content: '<coverage><source>/home/zoë/项目/😀</source><c name="é😀"/></coverage>',
      expected: { texts: ['/home/zoë/项目/😀'], attributes: [{}, {}, { name: 'é😀' }] },
    },
    {
      name: 'text with references and CDATA',
      content: '<coverage><source>a &amp; b &#233;<![CDATA[ <c> ]]></source></coverage>',
      expected: { texts: ['a & b é <c> '] },
    },
    {
      name: 'DOCTYPE with a public DTD',
      content: '<?xml version="1.0"?><!DOCTYPE report PUBLIC "-//JACOCO//DTD Report 1.1//EN" "report.dtd"><coverage/>',
      expected: { opened: ['coverage'] },
    },
    {
      name: 'ISO-8859-1 is not declared',
      content: '<?xml version="1.0" encoding="US-ASCII"?><coverage/>',
      expected: { opened: ['coverage'] },
    },
  ];

  for (const { name, content, expected } of documents) {
    for (const chunkSize of CHUNK_SIZES) {
      it(`reads ${name} in chunks of ${chunkSize}`, async () => {
        const result = await readDocument(content, chunkSize);
        expect(result).toMatchObject(expected);
      });
    }
  }

  const failures: { name: string; content: string | Buffer; message: RegExp; line?: number; column?: number }[] = [
    { name: 'empty file', content: '', message: /^report\.xml: the file is empty, but a Test report must contain a <coverage> element\. Check/ },
    { name: 'whitespace only', content: '  \n ', message: /has no root element/, line: 2, column: 1 },
    { name: 'byte order mark only', content: BOM, message: /has no root element/, line: 1, column: 1 },
    { name: 'truncated', content: '<coverage>\n  <packages>\n    <class', message: /the report is truncated, because it ends before its root element closes \(.*\)\. Check that the coverage step finished writing the report/, line: 3 },
    { name: 'unclosed root', content: '<coverage>\n<a/>\n', message: /truncated, because it ends before its root element closes \(unclosed tag: coverage\)/, line: 3 },
    { name: 'mismatched close tag', content: '<coverage>\n  <a>\n  </b>\n</coverage>', message: /not well-formed XML: unexpected close tag\. Regenerate/, line: 3, column: 6 },
    { name: 'unquoted attribute', content: '<coverage>\n<line number=1/></coverage>', message: /not well-formed XML: unquoted attribute value/, line: 2, column: 14 },
    { name: 'text after the root', content: '<coverage/>\ntrailing', message: /not well-formed XML: text data outside of root node/, line: 2, column: 1 },
    { name: 'wrong root', content: '<?xml version="1.0"?>\n<report name="x">', message: /the root element is <report>, but a Test report starts with <coverage>/, line: 2, column: 17 },
    {
      name: 'internal entity declaration',
      content: '<?xml version="1.0"?>\n<!DOCTYPE coverage [\n<!ENTITY lol "lol">\n]>\n<coverage>&lol;</coverage>',
      message: /the DOCTYPE declares entities .*never expands\. Remove the entity declarations/,
      line: 4,
      column: 2,
    },
    {
      name: 'external entity declaration',
      content: '<!DOCTYPE coverage [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><coverage>&xxe;</coverage>',
      message: /the DOCTYPE declares entities/,
      line: 1,
    },
    {
      name: 'parameter entity declaration',
      content: '<!DOCTYPE coverage [<!ENTITY % remote SYSTEM "http://127.0.0.1:9/x.dtd"> %remote;]><coverage/>',
      message: /the DOCTYPE declares entities/,
    },
    { name: 'undefined entity', content: '<coverage>\n<source>&nbsp;</source></coverage>', message: /entity reference that XML does not predefine/, line: 2, column: 14 },
    { name: 'UTF-16 byte order mark', content: Buffer.from([0xff, 0xfe, 0x3c, 0x00]), message: /does not start with UTF-8 text/, line: 1, column: 1 },
    { name: 'gzip data', content: Buffer.from([0x1f, 0x8b, 0x08, 0x00]), message: /not well-formed XML/ },
    { name: 'declared Latin-1', content: '<?xml version="1.0" encoding="ISO-8859-1"?>\n<coverage/>', message: /encoding="ISO-8859-1", but only UTF-8 reports are supported/, line: 1 },
  ];

  for (const { name, content, message, line, column } of failures) {
    it(`rejects ${name}`, async () => {
      const messages = new Set<string>();
      for (const chunkSize of CHUNK_SIZES) {
        const error = await readError(content, chunkSize);
        expect(error.file).toBe('report.xml');
        expect(error.message).toMatch(message);
        if (line !== undefined) expect(error.position?.line).toBe(line);
        if (column !== undefined) expect(error.position?.column).toBe(column);
        messages.add(error.message);
      }
      expect([...messages]).toHaveLength(1);
    });
  }

  it('names line and column in the message', async () => {
    const error = await readError('<coverage>\n  <a>\n  </b>\n</coverage>', 64 * 1024);
    expect(error.message).toBe(
      'report.xml at line 3, column 6: the report is not well-formed XML: unexpected close tag. ' +
        'Regenerate the report with the coverage tool, and check that nothing edited or cut it before this step',
    );
  });
});

describe('XmlReportReader external DTD', () => {
  let server: Server;
  let requests = 0;
  let base = '';

  beforeAll(async () => {
    server = createServer((_request, response) => {
      requests++;
      response.end('<!ENTITY lol "lol">');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('never fetches the DTD', async () => {
    const content = `<?xml version="1.0"?>\n<!DOCTYPE coverage SYSTEM "${base}/coverage-04.dtd">\n<coverage><c/></coverage>`;
    const result = await readDocument(content, 64 * 1024);
    expect(result.opened).toEqual(['coverage', 'c']);
    // Give a request that the parser might have started time to arrive.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(requests).toBe(0);
  });

  it('rejects entities the DTD would define', async () => {
    const content = `<!DOCTYPE coverage SYSTEM "${base}/coverage-04.dtd"><coverage>&lol;</coverage>`;
    const error = await readError(content, 64 * 1024);
    expect(error.message).toMatch(/entity reference that XML does not predefine/);
    expect(requests).toBe(0);
  });
});
