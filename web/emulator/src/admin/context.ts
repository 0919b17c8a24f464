/** What every Admin resolver receives: the shop, the clock, the caller's scopes and request-scoped notes. */
import type { EngineRuntime, ShopRuntime } from '../engine/runtime.js';
import type { ShopState } from '../state/shop-state.js';

export interface SearchWarning {
  readonly path: readonly (string | number)[];
  readonly query: string;
  readonly warnings: readonly { field: string; message: string }[];
}

export class AdminContext {
  readonly shop: ShopState;
  readonly searchWarnings: SearchWarning[] = [];

  constructor(
    readonly runtime: EngineRuntime,
    readonly shopRuntime: ShopRuntime,
    readonly scopes: ReadonlySet<string>,
    /** Inside a bulk operation: connections return everything (no page size, no 25,000 cap). */
    readonly bulk = false,
  ) {
    this.shop = shopRuntime.state;
  }

  nowMs(): number {
    return this.runtime.now();
  }

  nowIso(): string {
    return this.runtime.nowIso();
  }

  /** `write_x` implies `read_x`, as in Shopify's scope model. */
  hasScope(scope: string): boolean {
    return (
      this.scopes.has(scope) || (scope.startsWith('read_') && this.scopes.has(`write_${scope.slice(5)}`))
    );
  }
}
