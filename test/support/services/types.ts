export interface ServerAddress {
  readonly host: string;
  readonly port: number;
}

/** A service the suites can use (with how to stop it when this run started it), or why there is none. */
export type FoundService =
  | {
      readonly kind: 'found';
      readonly url: string;
      /** `env`: the caller's TEST_* variable; `local`: the machine's server; `private`: started for this run. */
      readonly origin: 'env' | 'local' | 'private';
      stop(): Promise<void>;
    }
  | { readonly kind: 'missing'; readonly problems: readonly string[] };

export type ServiceFinder = () => Promise<FoundService>;
