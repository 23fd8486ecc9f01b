import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

/**
 * A real SMTP server in the test process (the `smtp-server` package); every accepted message is parsed with
 * mailparser. It can be stopped and started again on the same port to play an outage, and told to refuse
 * recipients to play a permanent failure.
 */
export class SmtpSink {
  readonly messages: ParsedMail[] = [];
  rejectRecipients: string | null = null;
  /** The next message's data is read and never answered: a server that hangs mid-delivery. */
  holdNext = false;
  /** How many messages began to arrive (DATA started), whether or not they were accepted. */
  dataStarted = 0;
  private server: SMTPServer | null = null;
  port = 0;

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  async start(port = this.port): Promise<void> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS", "AUTH"],
      logger: false,
      // close() waits this long for open sessions (a held one never ends by itself), then cuts them.
      closeTimeout: 500,
      onRcptTo: (_address, _session, callback) => {
        if (this.rejectRecipients) {
          const error = Object.assign(new Error(this.rejectRecipients), { responseCode: 550 });
          return callback(error);
        }
        callback();
      },
      onData: (stream, _session, callback) => {
        this.dataStarted++;
        if (this.holdNext) {
          this.holdNext = false;
          stream.resume();
          return;
        }
        simpleParser(stream)
          .then((parsed) => {
            this.messages.push(parsed);
            callback();
          })
          .catch(callback);
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => resolve());
    });
    this.server = server;
    const address = (server as unknown as { server: { address(): { port: number } } }).server.address();
    this.port = address.port;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  to(address: string): ParsedMail[] {
    return this.messages.filter((message) => {
      const to = Array.isArray(message.to) ? message.to : message.to ? [message.to] : [];
      return to.some((entry) => entry.value.some((value) => value.address?.toLowerCase() === address.toLowerCase()));
    });
  }

  async waitFor(predicate: () => boolean, timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate()) {
      if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms; ${this.messages.length} messages received`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
