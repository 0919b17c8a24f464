/** What a CLI command may touch besides files: injected so tests can capture it. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** stderr is a terminal: progress redraws in place. */
  readonly interactive: boolean;
}
