/**
 * The corpus for the hard-coded secret detector: true positives with fake
 * tokens of the issuers' shapes, and false-positive candidates with the
 * placeholders, references and look-alikes that real repositories hold.
 *
 * Fake tokens are generated when the tests run, from a seeded generator, so
 * that this repository contains no token-shaped strings that would trip secret
 * scanners (its own included). A slot `⟦kind⟧` in a case's text becomes a
 * generated value that must be reported; `⟦-kind⟧` becomes one that must not.
 */
import { seededRandom } from '../../../bench/seeded-random.js';

export interface CorpusCase {
  name: string;
  path: string;
  text: string;
  /** Kinds reported for the `⟦kind⟧` slots, in order; empty for a false-positive candidate. */
  kinds: string[];
}

const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const BASE64 = `${BASE62}+/`;
const BASE64URL = `${BASE62}-_`;
const DIGITS = '0123456789';
const HEX = '0123456789abcdef';

type Generator = (random: () => number) => string;

const pick = (alphabet: string, length: number): Generator => (random) =>
  Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');

const base64url = (value: string) => Buffer.from(value).toString('base64url');

/** PEM labels are assembled here so that no complete BEGIN line appears in this file. */
const pem = (label: string): Generator => (random) => {
  const body = Array.from({ length: 20 }, () => pick(BASE64, 64)(random)).join('\n');
  return [`-----BEGIN ${label}-----`, body, `-----END ${label}-----`].join('\n');
};

const GENERATORS: Record<string, Generator> = {
  ghp: (random) => `ghp_${pick(BASE62, 36)(random)}`,
  gho: (random) => `gho_${pick(BASE62, 36)(random)}`,
  ghu: (random) => `ghu_${pick(BASE62, 36)(random)}`,
  ghs: (random) => `ghs_${pick(BASE62, 36)(random)}`,
  ghr: (random) => `ghr_${pick(BASE62, 36)(random)}`,
  github_pat: (random) => `github_pat_${pick(BASE62, 22)(random)}_${pick(BASE62, 59)(random)}`,
  akia: (random) => `AKIA${pick(UPPER_ALNUM, 16)(random)}`,
  asia: (random) => `ASIA${pick(UPPER_ALNUM, 16)(random)}`,
  aws_secret: pick(BASE64, 40),
  xoxb: (random) => `xoxb-${pick(DIGITS, 12)(random)}-${pick(DIGITS, 13)(random)}-${pick(BASE62, 24)(random)}`,
  xoxp: (random) => `xoxp-${pick(DIGITS, 12)(random)}-${pick(DIGITS, 12)(random)}-${pick(DIGITS, 13)(random)}-${pick(HEX, 32)(random)}`,
  sk_live: (random) => `sk_live_${pick(BASE62, 24)(random)}`,
  rk_live: (random) => `rk_live_${pick(BASE62, 99)(random)}`,
  sk_test: (random) => `sk_test_${pick(BASE62, 24)(random)}`,
  aiza: (random) => `AIza${pick(BASE64URL, 35)(random)}`,
  npm: (random) => `npm_${pick(BASE62, 36)(random)}`,
  pypi: (random) => `pypi-AgEIcHlwaS5vcmc${pick(BASE64URL, 120)(random)}`,
  jwt: (random) =>
    [
      base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' })),
      base64url(JSON.stringify({ sub: pick(HEX, 12)(random), iat: 1733000000, role: 'admin' })),
      base64url(pick(BASE62, 32)(random)),
    ].join('.'),
  rsa_key: pem('RSA PRIVATE KEY'),
  openssh_key: pem('OPENSSH PRIVATE KEY'),
  pkcs8_key_json: (random) => pem('PRIVATE KEY')(random).replace(/\n/g, '\\n'),
  certificate: pem('CERTIFICATE'),
  public_key: pem('PUBLIC KEY'),
  rand16: pick(BASE62, 16),
  rand20: pick(BASE62, 20),
  rand32: pick(BASE62, 32),
  rand50: pick(`${BASE62}!@#%^*(-_=+)`, 50),
  hex40: pick(HEX, 40),
  hex64: pick(HEX, 64),
  uuid: (random) => [8, 4, 4, 4, 12].map((length) => pick(HEX, length)(random)).join('-'),
};

export interface ExpandedCase {
  case: CorpusCase;
  text: string;
  /** Offsets of the generated values that must be reported, in order. */
  expected: Array<{ start: number; end: number; value: string }>;
}

/** Replaces each slot with a generated value and records where the reported ones landed. */
export function expandCase(corpusCase: CorpusCase, seed: number): ExpandedCase {
  const random = seededRandom(seed);
  const expected: ExpandedCase['expected'] = [];
  let text = '';
  let last = 0;
  for (const match of corpusCase.text.matchAll(/⟦(-?)([a-z0-9_]+)⟧/g)) {
    const generate = GENERATORS[match[2]!];
    if (!generate) throw new Error(`Unknown corpus slot ${match[0]} in case ${corpusCase.name}`);
    text += corpusCase.text.slice(last, match.index);
    const value = generate(random);
    if (match[1] !== '-') expected.push({ start: text.length, end: text.length + value.length, value });
    text += value;
    last = match.index + match[0].length;
  }
  text += corpusCase.text.slice(last);
  return { case: corpusCase, text, expected };
}

const GITHUB = 'GitHub token';
const AWS_ID = 'AWS access key id';
const AWS_SECRET = 'AWS secret access key';
const PRIVATE_KEY = 'private key';
const generic = (name: string) => `secret in \`${name}\``;

export const TRUE_POSITIVES: CorpusCase[] = [
  { name: 'GitHub token in .env', path: '.env', text: 'GITHUB_TOKEN=⟦ghp⟧\n', kinds: [GITHUB] },
  { name: 'GitHub OAuth token in a script', path: 'src/client.ts', text: "const token = '⟦gho⟧';\n", kinds: [GITHUB] },
  {
    name: 'GitHub app tokens in YAML',
    path: 'config/app.yml',
    text: 'github:\n  user: ⟦ghu⟧\n  server: "⟦ghs⟧"\n  refresh: \'⟦ghr⟧\'\n',
    kinds: [GITHUB, GITHUB, GITHUB],
  },
  {
    name: 'GitHub fine-grained token in JSON',
    path: 'settings.json',
    text: '{\n  "github": { "auth": "⟦github_pat⟧" }\n}\n',
    kinds: ['GitHub fine-grained personal access token'],
  },
  {
    name: 'AWS credentials file',
    path: 'deploy/credentials',
    text: '[default]\naws_access_key_id = ⟦akia⟧\naws_secret_access_key = ⟦aws_secret⟧\nregion = eu-west-1\n',
    kinds: [AWS_ID, AWS_SECRET],
  },
  {
    name: 'AWS temporary credentials in a script',
    path: 'scripts/upload.mjs',
    text: "const client = new S3Client({\n  credentials: { accessKeyId: '⟦asia⟧', secretAccessKey: '⟦aws_secret⟧' },\n});\n",
    kinds: [AWS_ID, AWS_SECRET],
  },
  {
    name: 'Slack bot token in YAML',
    path: '.github/notify.yml',
    text: 'slack:\n  channel: "#builds"\n  bot: ⟦xoxb⟧\n',
    kinds: ['Slack token'],
  },
  { name: 'Slack user token in .env', path: '.env.local', text: 'SLACK_USER=⟦xoxp⟧\n', kinds: ['Slack token'] },
  {
    name: 'Stripe live key in a script',
    path: 'src/billing.ts',
    text: "import Stripe from 'stripe';\nexport const stripe = new Stripe('⟦sk_live⟧');\n",
    kinds: ['Stripe live secret key'],
  },
  {
    name: 'Stripe restricted key in JSON',
    path: 'config/stripe.json',
    text: '{ "restricted": "⟦rk_live⟧" }\n',
    kinds: ['Stripe live secret key'],
  },
  {
    name: 'Google API key in a Firebase config',
    path: 'web/firebase.js',
    text: 'const firebaseConfig = {\n  apiKey: "⟦aiza⟧",\n  projectId: "shop-prod",\n};\n',
    kinds: ['Google API key'],
  },
  {
    name: 'npm token in .npmrc',
    path: '.npmrc',
    text: '//registry.npmjs.org/:_authToken=⟦npm⟧\n',
    kinds: ['npm access token'],
  },
  {
    name: 'PyPI token in .pypirc',
    path: '.pypirc',
    text: '[pypi]\nusername = __token__\npassword = ⟦pypi⟧\n',
    kinds: ['PyPI API token'],
  },
  { name: 'RSA private key file', path: 'deploy/id_rsa', text: '⟦rsa_key⟧\n', kinds: [PRIVATE_KEY] },
  {
    name: 'OpenSSH private key in a test helper',
    path: 'test/ssh.ts',
    text: 'const KEY = `\n⟦openssh_key⟧\n`;\n',
    kinds: [PRIVATE_KEY],
  },
  {
    name: 'service account key in JSON',
    path: 'gcp/service-account.json',
    text: '{\n  "type": "service_account",\n  "private_key": "⟦pkcs8_key_json⟧\\n",\n  "client_email": "ci@shop.iam.gserviceaccount.com"\n}\n',
    kinds: [PRIVATE_KEY],
  },
  {
    name: 'JWT in a script',
    path: 'test/api.test.ts',
    text: "const headers = { Authorization: 'Bearer ⟦jwt⟧' };\n",
    kinds: ['JSON Web Token'],
  },
  { name: 'database password in .env', path: '.env', text: 'DB_HOST=db\nDB_PASSWORD=⟦rand20⟧\n', kinds: [generic('DB_PASSWORD')] },
  {
    name: 'OAuth client secret in YAML',
    path: 'config/oauth.yaml',
    text: 'oauth:\n  client_id: ⟦-uuid⟧\n  client_secret: ⟦rand32⟧\n',
    kinds: [generic('client_secret')],
  },
  { name: 'API key constant in a script', path: 'src/api.ts', text: 'const apiKey = "⟦hex40⟧";\n', kinds: [generic('apiKey')] },
  {
    name: 'Django secret key',
    path: 'app/settings.py',
    text: "DEBUG = False\nSECRET_KEY = '⟦rand50⟧'\n",
    kinds: [generic('SECRET_KEY')],
  },
  {
    name: 'encryption key in JSON',
    path: 'config/prod.json',
    text: '{ "encryptionKey": "⟦hex64⟧" }\n',
    kinds: [generic('encryptionKey')],
  },
  {
    name: 'token in a properties file',
    path: 'src/main/resources/application.properties',
    text: 'app.auth.token=⟦rand20⟧\n',
    kinds: [generic('app.auth.token')],
  },
  {
    name: 'Postgres password in docker-compose',
    path: 'docker-compose.yml',
    text: 'services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: ⟦rand16⟧\n',
    kinds: [generic('POSTGRES_PASSWORD')],
  },
];

export const FALSE_POSITIVE_CANDIDATES: CorpusCase[] = [
  { name: 'GitHub token of x characters', path: '.env.example', text: 'GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n', kinds: [] },
  { name: 'GitHub token of a sequence', path: 'docs/auth.md', text: 'Set `token: ghp_1234567890abcdefghijklmnopqrstuvwxyz`.\n', kinds: [] },
  {
    name: 'AWS documentation example keys',
    path: 'docs/aws.md',
    text: 'aws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n',
    kinds: [],
  },
  { name: 'shell variable in YAML', path: 'config/db.yml', text: 'password: ${DB_PASSWORD}\n', kinds: [] },
  {
    name: 'workflow secret expression',
    path: '.github/workflows/ci.yml',
    text: 'env:\n  GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}\n  NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\n',
    kinds: [],
  },
  { name: 'angle-bracket placeholder', path: '.env.example', text: 'API_KEY=<your-api-key>\nAUTH_SECRET=replace-with-32-random-chars\n', kinds: [] },
  { name: 'Stripe test key', path: 'test/billing.test.ts', text: "const stripe = new Stripe('⟦-sk_test⟧');\n", kinds: [] },
  {
    name: 'values read from the environment',
    path: 'src/config.ts',
    text: 'const password = process.env.DB_PASSWORD;\nconst token = await getToken();\nconst apiKey = config.apiKey ?? "";\n',
    kinds: [],
  },
  {
    name: 'type annotations',
    path: 'src/types.ts',
    text: 'interface Login {\n  password: string;\n  token?: string | undefined;\n  apiKey: ApiKeyRecord;\n}\n',
    kinds: [],
  },
  {
    name: 'selectors, URLs and header names',
    path: 'src/form.ts',
    text: "const passwordField = 'input[name=\"password\"]';\nconst tokenUrl = 'https://github.com/login/oauth/access_token';\nconst SECRET_HEADER = 'X-Hub-Signature-256';\nconst TOKEN_TYPE = 'Bearer';\n",
    kinds: [],
  },
  {
    name: 'user interface strings',
    path: 'locales/en.json',
    text: '{\n  "passwordHint": "At least 12 characters, one digit",\n  "resetPassword": "Reset your password",\n  "tokenExpired": "Your session token expired"\n}\n',
    kinds: [],
  },
  {
    name: 'names of secrets and models',
    path: 'deploy/values.yaml',
    text: 'secret_name: my-app-database-credentials\ntokenizer: bert-base-uncased\napi_key_env: OPENAI_API_KEY\ntoken_endpoint: https://oauth2.googleapis.com/token\n',
    kinds: [],
  },
  {
    name: 'repeated and zero values',
    path: 'test/fixtures/users.ts',
    text: "const password = 'aaaaaaaaaaaaaaaa';\nconst secret = \"0000000000000000\";\nconst api_key = 'abcdefghijklmnop';\n",
    kinds: [],
  },
  { name: 'passphrase with spaces', path: 'test/crypto.test.ts', text: "const passphrase = 'correct horse battery staple';\n", kinds: [] },
  {
    name: 'jwt.io sample token',
    path: 'docs/jwt.md',
    text: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c\n',
    kinds: [],
  },
  {
    name: 'private key placeholder in docs',
    path: 'docs/deploy.md',
    text: '```\n-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----\n```\n',
    kinds: [],
  },
  { name: 'certificate and public key', path: 'certs/chain.pem', text: '⟦-certificate⟧\n⟦-public_key⟧\n', kinds: [] },
  {
    name: 'hashes under descriptive names',
    path: 'src/cache.ts',
    text: "const tokenHash = '⟦-hex64⟧';\nconst hash = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';\nconst sha = '⟦-hex40⟧';\n",
    kinds: [],
  },
  {
    name: 'numeric settings',
    path: 'config/auth.yml',
    text: 'password_min_length: 12\nsession_token_ttl: 3600\ntoken_expiry: 86400000000000\n',
    kinds: [],
  },
  { name: 'placeholder word inside a value', path: '.env.example', text: 'SESSION_SECRET=changeme-please-1234\nJWT_SECRET=your-jwt-secret-here\n', kinds: [] },
  { name: 'Slack token stand-in', path: 'docs/slack.md', text: 'SLACK_TOKEN=xoxb-your-token\n', kinds: [] },
  {
    name: 'Terraform variable reference',
    path: 'infra/db.tf',
    text: 'resource "aws_db_instance" "main" {\n  password = var.db_password\n  username = "admin"\n}\n',
    kinds: [],
  },
  {
    name: 'Kubernetes secret reference',
    path: 'k8s/deployment.yaml',
    text: 'env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: db-secret\n        key: password\n',
    kinds: [],
  },
  {
    name: 'data URI image',
    path: 'web/style.css',
    text: '.logo { background: url(data:image/png;base64,⟦-rand50⟧); }\n',
    kinds: [],
  },
  { name: 'client id', path: 'config/oauth.yaml', text: 'client_id: ⟦-uuid⟧\n', kinds: [] },
  {
    name: 'lockfile integrity',
    path: 'package-lock.json',
    text: '"node_modules/token-types": {\n  "version": "6.0.0",\n  "integrity": "sha512-⟦-rand50⟧"\n}\n',
    kinds: [],
  },
  {
    name: 'lexer token names',
    path: 'src/lexer.js',
    text: 'lastSignificantToken = "?NoLineTerminatorHere";\nnextToken = "InterpolationInTemplate";\ntoken = "?InterpolationInJSX";\n',
    kinds: [],
  },
  {
    name: 'documentation comment example',
    path: 'lib/core.js',
    text: ' * @example\n * const apiToken = "abc123xyz456";\n',
    kinds: [],
  },
  {
    name: 'code in Markdown',
    path: 'docs/random.md',
    text: '```js\nconst token = r.toString(36)\nconst secretKey = crypto.randomBytes(32).toString(\'hex\')\n```\n',
    kinds: [],
  },
  {
    name: 'rule ids under secret-like names',
    path: 'src/rules.ts',
    text: "const ids = { hardcodedSecret: 'security/hardcoded-secret', tokenRule: 'lint/token-format' };\n",
    kinds: [],
  },
  {
    name: 'secret-like names in code',
    path: 'src/auth.ts',
    text: 'const tokenizer = new Tokenizer(options);\nexport const passwordSchema = z.string().min(12);\nconst secretsManager = new SecretsManagerClient({ region });\n',
    kinds: [],
  },
];
