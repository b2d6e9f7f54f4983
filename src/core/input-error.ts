/**
 * Input the tools cannot use, with a one-line Chinese reason for the user (no stack trace): a file the
 * readers refuse, or a text too large for the check. The command line prints the reason; the pane shows it.
 */
export class InputError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "InputError";
  }
}
