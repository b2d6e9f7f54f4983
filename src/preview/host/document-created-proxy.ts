/** Word.DocumentCreated: open() records the document it would open (the host lists them). */
import { ClientObject, type RequestContext } from "./context";

export class DocumentCreatedProxy extends ClientObject {
  constructor(
    context: RequestContext,
    private readonly base64: string,
  ) {
    super(context);
  }

  open(): void {
    this.context.enqueue(() => this.context.host.created.push(this.base64));
  }
}
