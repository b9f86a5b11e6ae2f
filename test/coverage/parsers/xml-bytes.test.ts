import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { XmlByteScanner } from '../../../src/coverage/parsers/xml-bytes.js';
import { XmlSyntaxError, type XmlSyntaxKind } from '../../../src/coverage/parsers/xml-syntax-error.js';
import type { XmlTag } from '../../../src/coverage/parsers/xml-tag.js';

/** Chunk sizes for the table cases: 1 splits every construct at every byte. */
const SPLITS = [1, 2, 3, 5, 7, 64 * 1024] as const;

interface Scan {
  /** One entry per event: "<name {attributes}>", "</name>", "?xml encoding", "!DOCTYPE entities", and "text:" for captured text. */
  events: string[];
  declarations: (string | undefined)[];
  doctypes: boolean[];
}

/**
 * Feeds `content` to a scanner in chunks of `chunkSize` bytes, through one
 * buffer that is overwritten with 0xFF before each refill, like the file
 * reader's. Every element named "t" has its text collected.
 */
function scan(content: string | Buffer, chunkSize: number): Scan {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  const result: Scan = { events: [], declarations: [], doctypes: [] };
  const scanner: XmlByteScanner = new XmlByteScanner({
    xmlDeclaration: (encoding) => result.declarations.push(encoding),
    doctype: (declaresEntities) => result.doctypes.push(declaresEntities),
    root: () => undefined,
    openTag(tag: XmlTag) {
      result.events.push(`<${tag.name} ${JSON.stringify(tag.attributes)}${tag.isSelfClosing ? '/' : ''}>`);
      if (tag.name === 't') scanner.captured = '';
    },
    closeTag(tag: XmlTag) {
      if (tag.name === 't') {
        result.events.push(`text:${scanner.captured ?? ''}`);
        scanner.captured = undefined;
      }
      result.events.push(`</${tag.name}>`);
    },
  });
  const scratch = Buffer.alloc(Math.min(chunkSize, bytes.length));
  for (let offset = 0; offset < bytes.length; offset += chunkSize) {
    scratch.fill(0xff);
    const length = bytes.copy(scratch, 0, offset, offset + chunkSize);
    scanner.write(scratch.subarray(0, length));
  }
  scratch.fill(0xff);
  scanner.finish();
  return result;
}

function scanError(content: string | Buffer, chunkSize: number): XmlSyntaxError {
  try {
    scan(content, chunkSize);
  } catch (error) {
    expect(error).toBeInstanceOf(XmlSyntaxError);
    return error as XmlSyntaxError;
  }
  throw new Error(`expected the scanner to reject the document in chunks of ${chunkSize}`);
}

describe('XmlByteScanner constructs', () => {
  const cases: { name: string; content: string | Buffer; events: string[]; declarations?: (string | undefined)[]; doctypes?: boolean[] }[] = [
    {
      name: 'elements and attributes',
      content: `<r a="1" b='x "y"'><c d="e"/><c/></r>`,
      events: ['<r {"a":"1","b":"x \\"y\\""}>', '<c {"d":"e"}/>', '</c>', '<c {}/>', '</c>', '</r>'],
    },
    {
      name: 'whitespace inside tags',
      content: '<r\n  a = "1"\r\n\tb=\'2\'  ></r  >',
      events: ['<r {"a":"1","b":"2"}>', '</r>'],
    },
    {
      name: 'predefined entities',
      content: '<r a="&lt;&gt;&amp;&apos;&quot;"><t>&lt;&gt;&amp;&apos;&quot;</t></r>',
      events: ['<r {"a":"<>&\'\\""}>', '<t {}>', 'text:<>&\'"', '</t>', '</r>'],
    },
    {
      name: 'numeric character references',
      content: '<r a="&#233;&#xE9;&#x1F600;&#65;"><t>&#233;&#xe9;&#128512;&#0065;</t></r>',
      events: ['<r {"a":"éé😀A"}>', '<t {}>', 'text:éé😀A', '</t>', '</r>'],
    },
    {
      name: 'attribute value normalisation',
      content: '<r a="x\ty\nz\r\nw\rv" b="&#9;&#10;&#13;"/>',
      events: ['<r {"a":"x y z w v","b":"\\t\\n\\r"}/>', '</r>'],
    },
    {
      name: 'line breaks in text',
      content: '<r><t>a\r\nb\rc\nd</t></r>',
      events: ['<r {}>', '<t {}>', 'text:a\nb\nc\nd', '</t>', '</r>'],
    },
    {
      name: 'CDATA sections',
      content: '<r><t>a<![CDATA[<b> & ]] ]>]]>c<![CDATA[]]></t></r>',
      events: ['<r {}>', '<t {}>', 'text:a<b> & ]] ]>c', '</t>', '</r>'],
    },
    {
      name: 'comments',
      content: '<!-- before - the root --><r><!----><t>a<!-- <t> -->b</t></r><!-- after\n -->',
      events: ['<r {}>', '<t {}>', 'text:ab', '</t>', '</r>'],
    },
    {
      name: 'processing instructions',
      content: '<?xml-stylesheet href="a.xsl"?><r><?pi data ?> ?><?empty?></r><?after?>',
      events: ['<r {}>', '</r>'],
    },
    {
      name: 'XML declaration after a BOM',
      content: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<r/>')]),
      events: ['<r {}/>', '</r>'],
      declarations: ['UTF-8'],
    },
    {
      name: 'XML declaration without encoding',
      content: "<?xml version='1.0'?><r/>",
      events: ['<r {}/>', '</r>'],
      declarations: [undefined],
    },
    {
      name: 'DOCTYPE with an external DTD',
      content: '<!DOCTYPE report PUBLIC "-//JACOCO//DTD Report 1.1//EN" "report.dtd"><r/>',
      events: ['<r {}/>', '</r>'],
      doctypes: [false],
    },
    {
      name: 'DOCTYPE with an internal subset',
      content: '<!DOCTYPE r [<!ELEMENT r ANY><!-- ] > --><?pi ]>?><!ATTLIST r a CDATA "]>">]>\n<r/>',
      events: ['<r {}/>', '</r>'],
      doctypes: [false],
    },
    {
      name: 'multi-byte names and values',
      content: '<r é="ü😀"><名前 a="项目"/><t>zoë 😀</t></r>',
      events: ['<r {"é":"ü😀"}>', '<名前 {"a":"项目"}/>', '</名前>', '<t {}>', 'text:zoë 😀', '</t>', '</r>'],
    },
    {
      name: 'namespaced names',
      content: '<x:r xmlns:x="urn:x" x:a="1"><x:c/></x:r>',
      events: ['<x:r {"xmlns:x":"urn:x","x:a":"1"}>', '<x:c {}/>', '</x:c>', '</x:r>'],
    },
    {
      name: 'attribute named __proto__',
      content: '<r __proto__="p" constructor="c"/>',
      events: ['<r {"__proto__":"p","constructor":"c"}/>', '</r>'],
    },
    {
      name: 'long attribute values and counts',
      content: `<r n="0" m="0007" v="12345" p="${'x/'.repeat(40)}" e=""/>`,
      events: [`<r {"n":"0","m":"0007","v":"12345","p":"${'x/'.repeat(40)}","e":""}/>`, '</r>'],
    },
  ];

  for (const { name, content, events, declarations = [], doctypes = [] } of cases) {
    it(`reads ${name}`, () => {
      for (const chunkSize of SPLITS) {
        const result = scan(content, chunkSize);
        expect(result.events, `chunk size ${chunkSize}`).toEqual(events);
        expect(result.declarations, `chunk size ${chunkSize}`).toEqual(declarations);
        expect(result.doctypes, `chunk size ${chunkSize}`).toEqual(doctypes);
      }
    });
  }

  it('reads a document split at every byte', () => {
    const document = '<?xml version="1.0"?>\n<!DOCTYPE r>\n<r a="&amp;é">\n  <t>x&#10;<![CDATA[y]]></t>\n  <!-- c --><?p?>\n</r>\n';
    const whole = scan(document, 64 * 1024);
    const bytes = Buffer.from(document);
    for (let cut = 1; cut < bytes.length; cut++) {
      const events: string[] = [];
      const scanner: XmlByteScanner = new XmlByteScanner({
        xmlDeclaration: () => undefined,
        doctype: () => undefined,
        root: () => undefined,
        openTag: (tag) => {
          events.push(`<${tag.name} ${JSON.stringify(tag.attributes)}${tag.isSelfClosing ? '/' : ''}>`);
          if (tag.name === 't') scanner.captured = '';
        },
        closeTag: (tag) => {
          if (tag.name === 't') events.push(`text:${scanner.captured ?? ''}`);
          scanner.captured = undefined;
          events.push(`</${tag.name}>`);
        },
      });
      scanner.write(Buffer.from(bytes.subarray(0, cut)));
      scanner.write(Buffer.from(bytes.subarray(cut)));
      scanner.finish();
      expect(events, `cut at byte ${cut}`).toEqual(whole.events);
    }
  });
});

describe('XmlByteScanner errors', () => {
  const cases: { name: string; content: string | Buffer; kind: XmlSyntaxKind; message: RegExp; line: number; column: number }[] = [
    { name: 'mismatched end tag', content: '<r>\n <a></b>\n</r>', kind: 'malformed', message: /^unexpected close tag$/, line: 2, column: 8 },
    { name: 'end tag without start tag', content: '<r/></r>', kind: 'malformed', message: /^unexpected close tag$/, line: 1, column: 8 },
    { name: 'unclosed element', content: '<r>\n<a>\n', kind: 'truncated', message: /^unclosed tag: a$/, line: 3, column: 1 },
    { name: 'file cut inside a tag', content: '<r>\n  <a b="1', kind: 'truncated', message: /^unclosed tag: r$/, line: 2, column: 9 },
    { name: 'file cut inside the root tag', content: '<r a', kind: 'truncated', message: /before the root element/, line: 1, column: 4 },
    { name: 'file cut in a comment after the root', content: '<r/><!-- x', kind: 'malformed', message: /after the root element/, line: 1, column: 10 },
    { name: 'text before the root', content: ' \n x<r/>', kind: 'malformed', message: /^text data outside of root node$/, line: 2, column: 2 },
    { name: 'text after the root', content: '<r/>\n  é', kind: 'malformed', message: /^text data outside of root node$/, line: 2, column: 3 },
    { name: 'reference outside the root', content: '<r/>&amp;', kind: 'malformed', message: /^text data outside of root node$/, line: 1, column: 5 },
    { name: 'invalid start of a tag name', content: '<r><1a/></r>', kind: 'malformed', message: /start of a name/, line: 1, column: 5 },
    { name: 'invalid character in a name', content: '<r><aé×/></r>', kind: 'malformed', message: /invalid character in a name/, line: 1, column: 7 },
    { name: 'invalid start of an attribute name', content: '<r -a="1"/>', kind: 'malformed', message: /start of a name/, line: 1, column: 4 },
    { name: 'duplicate attribute', content: '<r a="1"\n a="2"/>', kind: 'malformed', message: /^duplicate attribute "a"$/, line: 2, column: 6 },
    { name: 'unquoted attribute value', content: '<r a=1/>', kind: 'malformed', message: /^unquoted attribute value$/, line: 1, column: 6 },
    { name: 'attribute without value', content: '<r a/>', kind: 'malformed', message: /has no value/, line: 1, column: 5 },
    { name: 'attributes without whitespace', content: '<r a="1"b="2"/>', kind: 'malformed', message: /separated by whitespace/, line: 1, column: 9 },
    { name: '"<" in an attribute value', content: '<r a="x<y"/>', kind: 'malformed', message: /"<" in an attribute value/, line: 1, column: 8 },
    { name: 'undefined entity in text', content: '<r>\n&nbsp;</r>', kind: 'undefined-entity', message: /^undefined entity$/, line: 2, column: 6 },
    { name: 'undefined entity in an attribute', content: '<r a="é&lol;"/>', kind: 'undefined-entity', message: /^undefined entity$/, line: 1, column: 12 },
    { name: 'reference to NUL', content: '<r>&#0;</r>', kind: 'malformed', message: /invalid character reference/, line: 1, column: 7 },
    { name: 'reference to a surrogate', content: '<r a="&#xD800;"/>', kind: 'malformed', message: /invalid character reference/, line: 1, column: 14 },
    { name: 'reference past U+10FFFF', content: '<r>&#99999999999;</r>', kind: 'malformed', message: /invalid character reference/, line: 1, column: 17 },
    { name: 'unterminated reference', content: '<r>a & b</r>', kind: 'malformed', message: /invalid entity or character reference/, line: 1, column: 7 },
    { name: 'control character in text', content: '<r>a\u0001</r>', kind: 'malformed', message: /^disallowed character$/, line: 1, column: 5 },
    { name: 'U+FFFF in an attribute value', content: '<r a="\uffff"/>', kind: 'malformed', message: /^disallowed character$/, line: 1, column: 7 },
    { name: '"]]>" in text', content: '<r>a]]>b</r>', kind: 'malformed', message: /"\]\]>"/, line: 1, column: 7 },
    { name: '"--" in a comment', content: '<r><!-- a -- b --></r>', kind: 'malformed', message: /contains "--"/, line: 1, column: 12 },
    { name: 'CDATA before the root', content: '<![CDATA[x]]><r/>', kind: 'malformed', message: /CDATA section appears outside the root/, line: 1, column: 3 },
    { name: 'XML declaration after whitespace', content: ' <?xml version="1.0"?><r/>', kind: 'malformed', message: /only at the start/, line: 1, column: 6 },
    { name: 'malformed XML declaration', content: '<?xml encoding="UTF-8"?><r/>', kind: 'malformed', message: /invalid XML declaration/, line: 1, column: 24 },
    { name: 'DOCTYPE inside the root', content: '<r><!DOCTYPE r></r>', kind: 'malformed', message: /DOCTYPE may appear only once/, line: 1, column: 5 },
    { name: 'second DOCTYPE', content: '<!DOCTYPE r><!DOCTYPE r><r/>', kind: 'malformed', message: /DOCTYPE may appear only once/, line: 1, column: 14 },
    { name: 'second root element', content: '<r/>\n<r/>', kind: 'malformed', message: /second root element/, line: 2, column: 2 },
    { name: 'unknown markup', content: '<r><!ELEMENT r></r>', kind: 'malformed', message: /invalid markup/, line: 1, column: 6 },
    { name: 'missing root element', content: '<?xml version="1.0"?>\n<!-- only -->\n', kind: 'no-root', message: /root element/, line: 3, column: 1 },
    { name: 'UTF-16 input', content: Buffer.from([0xff, 0xfe, 0x3c, 0x00]), kind: 'not-utf8', message: /UTF-8/, line: 1, column: 1 },
    { name: 'invalid byte after a BOM', content: Buffer.from([0xef, 0xbb, 0xbf, 0xfe, 0xff]), kind: 'not-utf8', message: /UTF-8/, line: 1, column: 1 },
    { name: 'columns after multi-byte characters', content: '<r a="😀é">\n<b c="项"></r>', kind: 'malformed', message: /^unexpected close tag$/, line: 2, column: 13 },
  ];

  for (const { name, content, kind, message, line, column } of cases) {
    it(`rejects ${name}`, () => {
      for (const chunkSize of SPLITS) {
        const error = scanError(content, chunkSize);
        expect(error.kind, `chunk size ${chunkSize}`).toBe(kind);
        expect(error.message, `chunk size ${chunkSize}`).toMatch(message);
        expect(error.position, `chunk size ${chunkSize}`).toEqual({ line, column });
      }
    });
  }

  it('rejects reading attributes after the scanner moved on', () => {
    const tags: XmlTag[] = [];
    const scanner = new XmlByteScanner({
      xmlDeclaration: () => undefined,
      doctype: () => undefined,
      root: () => undefined,
      openTag: (tag) => tags.push(tag),
      closeTag: () => undefined,
    });
    scanner.write(Buffer.from('<r a="1"><c b="2"/><c b="3"/></r>'));
    scanner.finish();
    expect(tags[0]!.attributes).toEqual({ a: '1' });
    expect(() => tags[1]!.attributes).toThrow(/after the XML reader moved past its start tag/);
  });
});

describe('XmlByteScanner hostile input', () => {
  let server: Server;
  let requests = 0;
  let base = '';

  beforeAll(async () => {
    server = createServer((_request, response) => {
      requests++;
      response.end('<!ENTITY x "x">');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('reports the entities of a billion-laughs document', () => {
    const levels = ['<!ENTITY lol "lol">'];
    for (let level = 1; level < 10; level++) levels.push(`<!ENTITY lol${level} "${`&lol${level - 1 || ''};`.repeat(10)}">`);
    const document = `<?xml version="1.0"?>\n<!DOCTYPE lolz [\n${levels.join('\n')}\n]>\n<lolz>&lol9;</lolz>`;
    for (const chunkSize of SPLITS) {
      expect(scan(document.slice(0, document.indexOf('<lolz>')) + '<lolz/>', chunkSize).doctypes).toEqual([true]);
      // Without a check in the handler, the reference to an undeclared entity is an error, never an expansion.
      expect(scanError(document, chunkSize).kind).toBe('undefined-entity');
    }
  });

  it('never fetches an external DTD', async () => {
    const document = `<!DOCTYPE r SYSTEM "${base}/r.dtd"><r/>`;
    expect(scan(document, 1).doctypes).toEqual([false]);
    expect(scanError(`<!DOCTYPE r SYSTEM "${base}/r.dtd"><r>&x;</r>`, 64 * 1024).kind).toBe('undefined-entity');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(requests).toBe(0);
  });

  it('reads a 10 MB attribute value', { timeout: 30_000 }, () => {
    const value = 'a/b&amp;'.repeat(10 * 1024 * 128);
    const document = Buffer.from(`<r v="${value}" n="1"/>`);
    for (const chunkSize of [1000, 64 * 1024]) {
      let seen = '';
      const scanner = new XmlByteScanner({
        xmlDeclaration: () => undefined,
        doctype: () => undefined,
        root: () => undefined,
        openTag: (tag) => {
          seen = tag.attributes.v ?? '';
        },
        closeTag: () => undefined,
      });
      for (let offset = 0; offset < document.length; offset += chunkSize) scanner.write(document.subarray(offset, offset + chunkSize));
      scanner.finish();
      expect(seen.length, `chunk size ${chunkSize}`).toBe(value.length - 4 * 10 * 1024 * 128);
      expect(seen.startsWith('a/b&a/b&'), `chunk size ${chunkSize}`).toBe(true);
    }
  });

  it('reads deeply nested elements', { timeout: 30_000 }, () => {
    const depth = 100_000;
    const document = '<r>'.repeat(depth) + '</r>'.repeat(depth);
    const result = scan(document, 64 * 1024);
    expect(result.events).toHaveLength(2 * depth);
    const truncated = scanError('<r>'.repeat(depth) + '</r>', 64 * 1024);
    expect(truncated.kind).toBe('truncated');
    expect(truncated.position).toEqual({ line: 1, column: 3 * depth + 4 });
  });
});
