// Type of the HTML reporter module of istanbul-reports, imported by path.
declare module 'istanbul-reports/lib/html/index.js' {
  import type { Context } from 'istanbul-lib-report';

  export default class HtmlReport {
    constructor(options: Record<string, unknown>);
    execute(context: Context): void;
  }
}
