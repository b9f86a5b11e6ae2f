import { describe, expect, it } from 'vitest';
import { parseScript } from '../../../src/validate/parse/parse-source.js';
import { securityFindings } from '../../../src/validate/security/security-findings.js';
import { SECURITY_RULES } from '../../../src/validate/security/rules.js';
import { parseMarked } from './marked-code.js';

interface InvalidCase {
  /** Code with each expected range marked as «…». */
  code: string;
  /** The message of every marked finding, or one message per marked range in order. */
  message: string | string[];
  path?: string;
}

interface RuleCases {
  valid: string[];
  invalid: InvalidCase[];
}

function findingsOf(text: string, path = 'src/handler.ts') {
  const outcome = parseScript({ path, text });
  if (!outcome.ok) throw new Error(`Test code does not parse: ${outcome.error.message}`);
  return securityFindings(outcome.script);
}

const EVAL = 'eval() runs its argument as code; call the function you need directly, or use JSON.parse for data.';
const FUNCTION = 'The Function constructor compiles its arguments as code, like eval(); write the function in the source instead.';
const vmMessage = (name: string) =>
  `${name}() compiles code that is not a string literal; vm is no security boundary, so run only code from the source tree.`;
const shellMessage = (name: string, construction: 'a template literal' | 'string concatenation') =>
  `${name}() runs a shell command built with ${construction} from non-constant values; pass the program and an argument array to execFile or spawn without a shell.`;
const shellArgument = (name: string) =>
  `${name}() with \`shell: true\` joins this non-constant argument into a shell command; drop the shell option so the argument is passed as is.`;
const tlsOption = (name: string) =>
  `\`${name}: false\` accepts any certificate, so a machine in the network path can read and change the traffic; remove it, and pass a private CA with the \`ca\` option.`;
const tlsEnv = (where: string) =>
  `NODE_TLS_REJECT_UNAUTHORIZED=0 turns off certificate checks ${where}; remove it, and trust a private CA with NODE_EXTRA_CA_CERTS.`;
const IDENTITY =
  'checkServerIdentity returns nothing, so every host name is accepted; remove it, or return an Error when tls.checkServerIdentity does.';
const weakHash = (name: string) =>
  `${name} is broken for collision resistance; use sha256 or stronger, or scrypt or argon2 for passwords.`;
const random = (into: string, source = 'Math.random()') =>
  `${source} flows into ${into}, but its output is predictable; use crypto.randomBytes, crypto.randomUUID or crypto.getRandomValues.`;
const HTML_FIX = 'set textContent or build the elements, or sanitize the value with a maintained HTML sanitizer first.';
const traversal = (source: string, sink: string) =>
  `Request data from ${source} reaches the path of ${sink}() without path.basename or a check, so a value such as ../../etc/passwd escapes the intended folder.`;

const CASES: Record<string, RuleCases> = {
  'security/dynamic-code': {
    valid: [
      'const value = JSON.parse(text);',
      'setTimeout(() => run(), 10);',
      'setTimeout(run, 10);',
      "import vm from 'node:vm';\nvm.runInNewContext('1 + 1', {});",
      "import { Script } from 'vm';\nnew Script(`x`);",
      'const evaluate = (x: number) => x; evaluate(1);',
      'other.eval(code);',
      'new Function();',
      'runInNewContext(code);',
    ],
    invalid: [
      { code: '«eval(input)»;', message: EVAL },
      { code: "«window.eval('1')»;", message: EVAL },
      { code: "const f = «new Function('a', body)»;", message: FUNCTION },
      { code: "const f = «Function('return this')»();", message: FUNCTION },
      {
        code: "«setTimeout('tick()', 100)»;",
        message: 'setTimeout() with a string argument evaluates it as code; pass a function instead.',
      },
      {
        code: '«globalThis.setInterval(`poll(${id})`, 100)»;',
        message: 'setInterval() with a string argument evaluates it as code; pass a function instead.',
      },
      { code: "import vm from 'node:vm';\n«vm.runInNewContext(code, sandbox)»;", message: vmMessage('vm.runInNewContext') },
      { code: "const vm = require('vm');\n«vm.runInThisContext(source)»;", message: vmMessage('vm.runInThisContext') },
      { code: "import * as vm from 'vm';\nconst s = «new vm.Script(text)»;", message: vmMessage('vm.Script') },
      { code: "import { Script } from 'node:vm';\nconst s = «new Script(`${a}`)»;", message: vmMessage('vm.Script') },
    ],
  },
  'security/shell-command': {
    valid: [
      "import { exec } from 'child_process';\nexec('git status');",
      "import { exec } from 'child_process';\nexec(`git status`);",
      "import { execFile } from 'child_process';\nexecFile('git', ['log', ref]);",
      "import { spawn } from 'child_process';\nspawn('git', ['log', ref], { shell: false });",
      "import { spawn } from 'child_process';\nspawn(`git`, ['status'], { shell: true });",
      "const exec = (s: string) => s;\nexec(`x ${y}`);",
      "import { $ } from 'execa';\nawait $`git log ${ref}`;",
      "import { spawn } from 'child_process';\nspawn('sh', ['-c', 'make all']);",
      "import { spawn } from 'child_process';\nspawn('bash', ['script.sh', `${arg}`]);",
      "import { exec } from 'child_process';\nexec(command);",
      "import { exec } from 'child_process';\nconst cmd = 'git ' + 'status';\nexec(cmd);",
      "import { exec } from 'child_process';\nconst DIR = 'src';\nexec('ls ' + DIR);",
      "import { execSync } from 'child_process';\nconst BRANCH = `main`;\nexecSync(`git log ${BRANCH}`);",
    ],
    invalid: [
      {
        code: "import { exec } from 'node:child_process';\nexec(«`git log ${ref}`»);",
        message: shellMessage('exec', 'a template literal'),
      },
      {
        code: "const cp = require('child_process');\ncp.execSync(«'rm -rf ' + dir»);",
        message: shellMessage('execSync', 'string concatenation'),
      },
      {
        code: "import * as cp from 'child_process';\nconst cmd = `tar -xf ${file}`;\ncp.exec(«cmd», done);",
        message: shellMessage('exec', 'a template literal'),
      },
      {
        code: "import { execSync as run } from 'child_process';\nrun(«`ls ${dir}`»);",
        message: shellMessage('execSync', 'a template literal'),
      },
      {
        code: "const { exec: shell } = require('node:child_process');\nshell(«'echo ' + name»);",
        message: shellMessage('exec', 'string concatenation'),
      },
      {
        code: "require('child_process').exec(«`kill ${pid}`»);",
        message: shellMessage('exec', 'a template literal'),
      },
      {
        code: "import { promisify } from 'node:util';\nimport { exec } from 'node:child_process';\nconst execAsync = promisify(exec);\nawait execAsync(«`npm view ${name}`»);",
        message: shellMessage('exec', 'a template literal'),
      },
      {
        code: "import cp from 'child_process';\ncp.spawn(«`convert ${input}`», { shell: true });",
        message: shellMessage('spawn', 'a template literal'),
      },
      {
        code: "import { execFile } from 'child_process';\nexecFile('git', ['log', «ref»], { shell: true });",
        message: shellArgument('execFile'),
      },
      {
        code: "import { spawn } from 'child_process';\nspawn('/bin/sh', ['-c', «`curl ${url} | tar -x`»]);",
        message: shellMessage('spawn', 'a template literal'),
      },
      {
        code: "import { execFileSync } from 'node:child_process';\nexecFileSync('cmd.exe', ['/c', «'del ' + file»]);",
        message: shellMessage('execFileSync', 'string concatenation'),
      },
      {
        code: "import { execa } from 'execa';\nawait execa(«`git log ${ref}`», { shell: true });",
        message: shellMessage('execa', 'a template literal'),
      },
    ],
  },
  'security/tls-verification-disabled': {
    valid: [
      'const agent = new https.Agent({ rejectUnauthorized: true });',
      "process.env.NODE_TLS_REJECT_UNAUTHORIZED = '1';",
      'const options = { strictSSL: true, ca };',
      'const options = { checkServerIdentity: (host, cert) => tls.checkServerIdentity(host, cert) };',
      'const rejectUnauthorized = false;',
      'let rejectUnauthorized = true;\nrejectUnauthorized = false;',
    ],
    invalid: [
      { code: 'const agent = new https.Agent({ «rejectUnauthorized: false» });', message: tlsOption('rejectUnauthorized') },
      { code: '«options.rejectUnauthorized = false»;', message: tlsOption('rejectUnauthorized') },
      { code: 'request({ url, «strictSSL: false» });', message: tlsOption('strictSSL') },
      { code: "«process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'»;", message: tlsEnv('for the whole process') },
      { code: "«process.env['NODE_TLS_REJECT_UNAUTHORIZED'] = 0»;", message: tlsEnv('for the whole process') },
      { code: "spawn('node', ['x'], { env: { ...process.env, «NODE_TLS_REJECT_UNAUTHORIZED: '0'» } });", message: tlsEnv('for the child process') },
      { code: 'tls.connect({ host, «checkServerIdentity: () => undefined» });', message: IDENTITY },
      { code: 'tls.connect({ host, «checkServerIdentity() {}» });', message: IDENTITY },
      { code: 'tls.connect({ host, «checkServerIdentity: function () { return null; }» });', message: IDENTITY },
    ],
  },
  'security/weak-hash': {
    valid: [
      "import { createHash } from 'node:crypto';\ncreateHash('sha256');",
      "import { createHmac } from 'node:crypto';\ncreateHmac('sha1', key);",
      "hasher.createHash('md5');",
      "import crypto from 'crypto';\ncrypto.createHash(algorithm);",
      "await crypto.subtle.digest('SHA-256', data);",
    ],
    invalid: [
      { code: "import { createHash } from 'node:crypto';\ncreateHash(«'md5'»).update(x);", message: weakHash('md5') },
      { code: "import crypto from 'crypto';\ncrypto.createHash(«'SHA1'»);", message: weakHash('SHA1') },
      { code: "const crypto = require('node:crypto');\ncrypto.createHash(«`md4`»);", message: weakHash('md4') },
      { code: "require('crypto').createHash(«'sha1'»);", message: weakHash('sha1') },
      { code: "await crypto.subtle.digest(«'SHA-1'», data);", message: weakHash('SHA-1') },
    ],
  },
  'security/insecure-random': {
    valid: [
      'const delay = Math.random() * 1000;',
      'const index = Math.floor(Math.random() * items.length);',
      'shuffle(items, Math.random());',
      "import { randomUUID } from 'node:crypto';\nconst token = randomUUID();",
      'const jitter = Math.random(); setTimeout(run, jitter * 100);',
      'function pickColor() { return colors[Math.floor(Math.random() * colors.length)]; }',
      'const idle = Math.random() > 0.5;',
    ],
    invalid: [
      { code: 'const token = «Math.random()».toString(36).slice(2);', message: random('variable `token`') },
      { code: 'user.resetPassword = «Math.random()».toString(36);', message: random('property `resetPassword`') },
      { code: 'const session = { sessionId: String(«Math.random()») };', message: random('property `sessionId`') },
      { code: 'function makeNonce() {\n  return `${«Math.random()»}`;\n}', message: random('the return value of `makeNonce`') },
      { code: 'const createId = () => Math.floor(«Math.random()» * 1e9);', message: random('the return value of `createId`') },
      { code: 'setCsrfToken(«Math.random()».toString(16));', message: random('function `setCsrfToken`') },
      { code: 'let salt;\nsalt = «Math.random()»;', message: random('variable `salt`') },
      {
        code: 'const r = Math.random();\nconst apiKey = «r».toString(36);',
        message: random('variable `apiKey`', '`r`, which stores a Math.random() value,'),
      },
      { code: 'class Room { inviteCode = 1; otp = «Math.random()» * 1e6; }', message: random('property `otp`') },
    ],
  },
  'security/unsafe-html': {
    valid: [
      "element.innerHTML = '';",
      'element.innerHTML = `<b>fixed</b>`;',
      'element.textContent = userInput;',
      "element.insertAdjacentHTML('beforeend', '<hr>');",
      "document.write('<p>static</p>');",
      'const html = { innerHTML: value };',
      "const a = <div dangerouslySetInnerHTML={{ __html: '<br>' }} />;",
      'element.innerHTML = DOMPurify.sanitize(userInput);',
      'element.innerHTML = escapeHtml(name);',
      'element.innerHTML = policy.createHTML(markup);',
    ],
    invalid: [
      { code: 'element.innerHTML = «userInput»;', message: `A non-constant value is assigned to innerHTML, so markup in it runs; ${HTML_FIX}` },
      { code: 'node.outerHTML += «`<li>${name}</li>`»;', message: `A non-constant value is assigned to outerHTML, so markup in it runs; ${HTML_FIX}` },
      { code: "list.insertAdjacentHTML('beforeend', «row»);", message: `insertAdjacentHTML() parses a non-constant value as markup; ${HTML_FIX}` },
      { code: "document.write(«'<p>' + text»);", message: `write() writes a non-constant value into the page as markup; ${HTML_FIX}` },
      { code: 'document.writeln(«html»);', message: `writeln() writes a non-constant value into the page as markup; ${HTML_FIX}` },
      {
        code: 'const a = <div dangerouslySetInnerHTML={{ __html: «marked(text)» }} />;',
        message: `dangerouslySetInnerHTML renders a non-constant __html value as markup; ${HTML_FIX}`,
        path: 'src/view.tsx',
      },
      {
        code: 'const a = <div dangerouslySetInnerHTML={«props.content»} />;',
        message: `dangerouslySetInnerHTML renders a value whose __html is not constant; ${HTML_FIX}`,
        path: 'src/view.tsx',
      },
      {
        code: "React.createElement('div', { dangerouslySetInnerHTML: { __html: «body» } });",
        message: `dangerouslySetInnerHTML renders a non-constant __html value as markup; ${HTML_FIX}`,
      },
    ],
  },
  'security/path-traversal': {
    valid: [
      "import fs from 'node:fs';\napp.get('/f', (req, res) => { fs.readFile(path.join(root, 'index.html'), done); });",
      "import fs from 'fs';\nimport path from 'path';\napp.get('/f', (req, res) => { const name = path.basename(req.query.name); fs.readFile(path.join(root, name), done); });",
      "import fs from 'fs';\napp.get('/f', (req, res) => {\n  const file = path.resolve(root, req.params.file);\n  if (!file.startsWith(root)) return res.sendStatus(403);\n  fs.createReadStream(file).pipe(res);\n});",
      "app.get('/f', (req, res) => { res.sendFile(req.params.name, { root: publicDir }); });",
      "import { readFile } from 'fs/promises';\napp.post('/f', async (req, res) => { assertSafeName(req.body.name); const name = 'fixed'; await readFile(name); });",
      "import { readFile } from 'fs/promises';\napp.get('/f', async (req, res) => { let name = req.query.name; name = 'default.txt'; await readFile(name); });",
      "import { readFile } from 'fs/promises';\napp.get('/f', async (req, res) => { const id = Number(req.params.id); await readFile(`/data/${id}.json`); });",
      "app.get('/f', async (req, res) => { await cache.readFile(req.query.name); });",
      "import { readFile } from 'fs/promises';\nasync function load(name: string) { return readFile(name); }",
      "import { readFile } from 'fs/promises';\napp.get('/f', async (req, res) => { const name = req.query.name; const file = isSafeName(name) ? name : 'index.html'; await readFile(file); });",
    ],
    invalid: [
      {
        code: "import fs from 'node:fs';\napp.get('/f', (req, res) => { fs.readFile(«req.query.name», done); });",
        message: traversal('req.query.name', 'fs.readFile'),
      },
      {
        code: "import * as fs from 'fs';\nimport path from 'path';\napp.get('/f', (req, res) => {\n  const name = req.params.name;\n  const full = path.join(root, name);\n  fs.createReadStream(«full»).pipe(res);\n});",
        message: traversal('req.params.name', 'fs.createReadStream'),
      },
      {
        code: "import { readFile } from 'node:fs/promises';\nrouter.get('/f', async (ctx) => { ctx.body = await readFile(«`./files/${ctx.params.file}`»); });",
        message: traversal('ctx.params.file', 'fs.readFile'),
      },
      {
        code: "import { promises as fsp } from 'fs';\nrouter.post('/f', async (ctx) => { const { name } = ctx.request.body; await fsp.writeFile(«name», data); });",
        message: traversal('ctx.request.body', 'fs.writeFile'),
      },
      {
        code: "import fs from 'fs/promises';\napp.get('/f/:id', async (c) => { const id = c.req.param('id'); await fs.unlink(«id»); return c.text('ok'); });",
        message: traversal("c.req.param('id')", 'fs.unlink'),
      },
      {
        code: "import { rm } from 'fs/promises';\napp.delete('/f', async (c) => { await rm(«c.req.query('path')», { recursive: true }); });",
        message: traversal("c.req.query('path')", 'fs.rm'),
      },
      {
        code: "fastify.get('/f', async (request, reply) => { return reply.sendFile(«request.params.file»); });",
        message: traversal('request.params.file', 'reply.sendFile'),
      },
      {
        code: "app.get('/f', (req, res) => { const { query } = req; res.download(«query.file.trim()»); });",
        message: traversal('req.query', 'res.download'),
      },
      {
        code: "const fs = require('fs');\napp.get('/f', (req, res) => {\n  const name = req.headers['x-file'];\n  if (fs.existsSync(name)) fs.readFileSync(«name»);\n});",
        message: traversal("req.headers['x-file']", 'fs.readFileSync'),
      },
      {
        code: "import fs from 'fs-extra';\napp.post('/m', async (req, res) => { await fs.move(«req.body.from», «req.body.to»); });",
        message: [traversal('req.body.from', 'fs.move'), traversal('req.body.to', 'fs.move')],
      },
      {
        code: "import { unlink } from 'fs/promises';\napp.post('/clean', async (req, res) => {\n  for (const file of req.body.files) await unlink(«file»);\n});",
        message: traversal('req.body.files', 'fs.unlink'),
      },
    ],
  },
};

describe('security rules', () => {
  it('has a case table for every rule but hardcoded-secret', () => {
    const scriptRules = SECURITY_RULES.map((rule) => rule.id).filter((id) => id !== 'security/hardcoded-secret');
    expect(Object.keys(CASES).sort()).toEqual(scriptRules.sort());
  });

  for (const [ruleId, cases] of Object.entries(CASES)) {
    describe(ruleId, () => {
      it.each(cases.valid)('accepts %s', (code) => {
        const findings = findingsOf(code, code.includes('<div') ? 'src/view.tsx' : 'src/handler.ts');
        expect(findings.filter((finding) => finding.ruleId === ruleId)).toEqual([]);
      });

      it.each(cases.invalid)('reports $code', ({ code, message, path }) => {
        const marked = parseMarked(code);
        const findings = findingsOf(marked.text, path).filter((finding) => finding.ruleId === ruleId);
        const messages = Array.isArray(message) ? message : marked.ranges.map(() => message);
        expect(findings.map((finding) => finding.range)).toEqual(marked.ranges);
        expect(findings.map((finding) => finding.message)).toEqual(messages);
        expect(findings.map((finding) => finding.ruleId)).toEqual(marked.ranges.map(() => ruleId));
      });
    });
  }
});
