import { describe, expect, it } from 'vitest';

import { scanModuleReferences } from '../../../src/impact/scan/index.js';
import { referencesIn } from './reference-notation.js';

describe('scanModuleReferences Vue components', () => {
  it('maps lines of every script block back to the file', () => {
    const source = [
      '<template>', //                                  1
      '  <div v-if="count > 0">{{ count }}</div>', //   2
      '</template>', //                                 3
      '', //                                            4
      '<script lang="ts">', //                          5
      "import { defineComponent } from 'vue'", //       6
      "export * from './shared'", //                    7
      '</script>', //                                   8
      '', //                                            9
      '<script setup lang="ts">', //                    10
      "import type { Props } from './types'", //        11
      "const Child = defineAsyncComponent(() => import('./Child.vue'))", // 12
      '</script>', //                                   13
      '', //                                            14
      '<style scoped>', //                              15
      "@import './theme.css';", //                      16
      '</style>', //                                    17
    ].join('\n');
    expect(referencesIn('App.vue', source)).toEqual([
      'import vue @6',
      're-export ./shared @7',
      'import type ./types @11',
      'dynamic ./Child.vue @12',
    ]);
  });

  it('maps lines in a CRLF file', () => {
    const source = "<template>\r\n  <p>x</p>\r\n</template>\r\n<script setup>\r\nimport a from 'a'\r\n</script>\r\n";
    expect(referencesIn('App.vue', source)).toEqual(['import a @5']);
  });

  it('reads a script block on the line of its tag', () => {
    expect(referencesIn('App.vue', "<script>import a from 'a'</script>")).toEqual(['import a @1']);
  });

  it('reads a generic attribute holding >', () => {
    const source = '<script setup lang="ts" generic="T extends Map<string, number>">\nimport a from \'a\'\n</script>';
    expect(referencesIn('App.vue', source)).toEqual(['import a @2']);
  });

  it('reads JSX in a tsx block', () => {
    const source = "<script lang=\"tsx\">\nconst a = <div>it's</div>\nimport('x')\n</script>";
    expect(referencesIn('App.vue', source)).toEqual(['dynamic x @3']);
  });

  it('skips scripts inside templates and comments', () => {
    const source = [
      '<template>',
      '  <template v-if="a > b"><script>import no from "no"</script></template>',
      '  <script>import no2 from "no2"</script>',
      '</template>',
      "<!-- <script>import no3 from 'no3'</script> -->",
      "<script>import yes from 'yes'</script>",
    ].join('\n');
    expect(referencesIn('App.vue', source)).toEqual(['import yes @6']);
  });

  it('skips scripts that are not JavaScript', () => {
    const source = '<script type="application/ld+json">{"import": "x"}</script>\n<script type="module">import a from \'a\'</script>';
    expect(referencesIn('App.vue', source)).toEqual(['import a @2']);
  });
});

describe('scanModuleReferences Svelte components', () => {
  it('reads module and instance scripts with their lines', () => {
    const source = [
      '<script context="module">', //          1
      "  export const prerender = true;", //  2
      "  import { load } from './load';", //  3
      '</script>', //                          4
      '', //                                   5
      '<script lang="ts">', //                 6
      "  import type { Item } from './types';", // 7
      "  import Card from './Card.svelte';", // 8
      '</script>', //                          9
      '', //                                   10
      '<Card {item} />', //                    11
    ].join('\n');
    expect(referencesIn('Page.svelte', source)).toEqual(['import ./load @3', 'import type ./types @7', 'import ./Card.svelte @8']);
  });

  it('reads the Svelte 5 module attribute', () => {
    expect(referencesIn('Page.svelte', "<script module>\nimport a from 'a';\n</script>")).toEqual(['import a @2']);
  });

  it('skips scripts in svelte:head', () => {
    const source = "<svelte:head>\n  <script src=\"https://example.com/a.js\"></script>\n  <script>import('no')</script>\n</svelte:head>\n<script>\nimport a from 'a';\n</script>";
    expect(referencesIn('Page.svelte', source)).toEqual(['import a @6']);
  });

  it('reads markup without a script as no references', () => {
    expect(referencesIn('Page.svelte', "<h1>import x from 'a'</h1>")).toEqual([]);
  });
});

describe('scanModuleReferences component errors', () => {
  it('reports a script without a closing tag and scans it to the end', () => {
    const result = scanModuleReferences('App.vue', "<template></template>\n<script>\nimport a from 'a'\n");
    expect(result.references.map((r) => `${r.specifier} @${r.line}`)).toEqual(['a @3']);
    expect(result.errors).toEqual(["App.vue:2: '<script>' has no matching '</script>'."]);
  });

  it('reports syntax errors at lines of the file', () => {
    const result = scanModuleReferences('App.vue', "<template>\n</template>\n<script>\nconst s = 'open\nimport a from 'a'\n</script>");
    expect(result.errors).toEqual(['App.vue:4: Unterminated string literal.']);
    expect(result.references.map((r) => `${r.specifier} @${r.line}`)).toEqual(['a @5']);
  });
});
