/** Word.DocumentCreated: open() records the document it would open (the host lists them), if Word could open it. */
import { ClientObject, type RequestContext } from "./context";
import { checkDocx } from "./docx-check";

export class DocumentCreatedProxy extends ClientObject {
  constructor(
    context: RequestContext,
    private readonly base64: string,
  ) {
    super(context);
  }

  open(): void {
    this.context.enqueue(() => {
      checkDocx(this.base64);
      this.context.host.created.push(this.base64);
    });
  }
}
