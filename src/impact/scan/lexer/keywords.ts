/**
 * The words that the lexer returns as keywords: the list of TypeScript 5.9's
 * scanner, which includes contextual words such as `type`, `from` and
 * `require`. Whether a keyword is used as a name is the caller's decision.
 */
import { SyntaxKind } from './syntax-kind.js';

const KEYWORDS = new Map<string, SyntaxKind>([
  ['abstract', SyntaxKind.AbstractKeyword],
  ['accessor', SyntaxKind.AccessorKeyword],
  ['any', SyntaxKind.AnyKeyword],
  ['as', SyntaxKind.AsKeyword],
  ['asserts', SyntaxKind.AssertsKeyword],
  ['assert', SyntaxKind.AssertKeyword],
  ['async', SyntaxKind.AsyncKeyword],
  ['await', SyntaxKind.AwaitKeyword],
  ['bigint', SyntaxKind.BigIntKeyword],
  ['boolean', SyntaxKind.BooleanKeyword],
  ['break', SyntaxKind.BreakKeyword],
  ['case', SyntaxKind.CaseKeyword],
  ['catch', SyntaxKind.CatchKeyword],
  ['class', SyntaxKind.ClassKeyword],
  ['const', SyntaxKind.ConstKeyword],
  ['constructor', SyntaxKind.ConstructorKeyword],
  ['continue', SyntaxKind.ContinueKeyword],
  ['debugger', SyntaxKind.DebuggerKeyword],
  ['declare', SyntaxKind.DeclareKeyword],
  ['default', SyntaxKind.DefaultKeyword],
  ['defer', SyntaxKind.DeferKeyword],
  ['delete', SyntaxKind.DeleteKeyword],
  ['do', SyntaxKind.DoKeyword],
  ['else', SyntaxKind.ElseKeyword],
  ['enum', SyntaxKind.EnumKeyword],
  ['export', SyntaxKind.ExportKeyword],
  ['extends', SyntaxKind.ExtendsKeyword],
  ['false', SyntaxKind.FalseKeyword],
  ['finally', SyntaxKind.FinallyKeyword],
  ['for', SyntaxKind.ForKeyword],
  ['from', SyntaxKind.FromKeyword],
  ['function', SyntaxKind.FunctionKeyword],
  ['get', SyntaxKind.GetKeyword],
  ['global', SyntaxKind.GlobalKeyword],
  ['if', SyntaxKind.IfKeyword],
  ['implements', SyntaxKind.ImplementsKeyword],
  ['import', SyntaxKind.ImportKeyword],
  ['in', SyntaxKind.InKeyword],
  ['infer', SyntaxKind.InferKeyword],
  ['instanceof', SyntaxKind.InstanceOfKeyword],
  ['interface', SyntaxKind.InterfaceKeyword],
  ['intrinsic', SyntaxKind.IntrinsicKeyword],
  ['is', SyntaxKind.IsKeyword],
  ['keyof', SyntaxKind.KeyOfKeyword],
  ['let', SyntaxKind.LetKeyword],
  ['module', SyntaxKind.ModuleKeyword],
  ['namespace', SyntaxKind.NamespaceKeyword],
  ['never', SyntaxKind.NeverKeyword],
  ['new', SyntaxKind.NewKeyword],
  ['null', SyntaxKind.NullKeyword],
  ['number', SyntaxKind.NumberKeyword],
  ['object', SyntaxKind.ObjectKeyword],
  ['of', SyntaxKind.OfKeyword],
  ['out', SyntaxKind.OutKeyword],
  ['override', SyntaxKind.OverrideKeyword],
  ['package', SyntaxKind.PackageKeyword],
  ['private', SyntaxKind.PrivateKeyword],
  ['protected', SyntaxKind.ProtectedKeyword],
  ['public', SyntaxKind.PublicKeyword],
  ['readonly', SyntaxKind.ReadonlyKeyword],
  ['require', SyntaxKind.RequireKeyword],
  ['return', SyntaxKind.ReturnKeyword],
  ['satisfies', SyntaxKind.SatisfiesKeyword],
  ['set', SyntaxKind.SetKeyword],
  ['static', SyntaxKind.StaticKeyword],
  ['string', SyntaxKind.StringKeyword],
  ['super', SyntaxKind.SuperKeyword],
  ['switch', SyntaxKind.SwitchKeyword],
  ['symbol', SyntaxKind.SymbolKeyword],
  ['this', SyntaxKind.ThisKeyword],
  ['throw', SyntaxKind.ThrowKeyword],
  ['true', SyntaxKind.TrueKeyword],
  ['try', SyntaxKind.TryKeyword],
  ['type', SyntaxKind.TypeKeyword],
  ['typeof', SyntaxKind.TypeOfKeyword],
  ['undefined', SyntaxKind.UndefinedKeyword],
  ['unique', SyntaxKind.UniqueKeyword],
  ['unknown', SyntaxKind.UnknownKeyword],
  ['using', SyntaxKind.UsingKeyword],
  ['var', SyntaxKind.VarKeyword],
  ['void', SyntaxKind.VoidKeyword],
  ['while', SyntaxKind.WhileKeyword],
  ['with', SyntaxKind.WithKeyword],
  ['yield', SyntaxKind.YieldKeyword],
]);

/** Lengths of the shortest and longest keyword, so most identifiers skip the map. */
const MIN_KEYWORD_LENGTH = 2;
const MAX_KEYWORD_LENGTH = 11;

/**
 * Returns the keyword kind of `name`, or `Identifier`. The name is the
 * identifier's value with escapes decoded, so `\u0069f` is `if`, as in
 * TypeScript's scanner.
 */
export function identifierOrKeyword(name: string): SyntaxKind {
  const length = name.length;
  if (length < MIN_KEYWORD_LENGTH || length > MAX_KEYWORD_LENGTH) return SyntaxKind.Identifier;
  const first = name.charCodeAt(0);
  // Every keyword starts with a lowercase ASCII letter.
  if (first < 0x61 || first > 0x7a) return SyntaxKind.Identifier;
  return KEYWORDS.get(name) ?? SyntaxKind.Identifier;
}
