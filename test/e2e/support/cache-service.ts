/** The runner's cache variables for a step, pointed at the cache service stand-in. */
import type { CacheStandIn } from '../../support/actions-cache-stand-in/index.js';

/**
 * Returns the variables a hosted runner sets for @actions/cache. The server
 * URL must name github.com, because with another host (the GitHub stand-in's
 * address, say) @actions/cache takes the runner for GitHub Enterprise Server
 * and uses cache service v1.
 */
export function cacheEnvironment(cacheService: CacheStandIn): Record<string, string> {
  return { ...cacheService.environment(), GITHUB_SERVER_URL: 'https://github.com' };
}
