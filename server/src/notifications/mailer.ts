import nodemailer from "nodemailer";

/** One email, as the worker hands it over: plain text, one recipient. */
export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
}

/** Sends one email or throws; never takes longer than its timeout. */
export interface Mailer {
  send(email: OutgoingEmail): Promise<void>;
  close(): void;
}

/**
 * A nodemailer SMTP transport from SMTP_URL, or null when it is unset (notifications off). Each
 * stage (connection, greeting, every reply) times out after `timeoutMs`, and the whole conversation
 * too, so a server that accepts the connection and never answers fails the attempt instead of
 * holding the worker.
 */
export function createMailer(opts: { url: string | undefined; from: string; timeoutMs: number }): Mailer | null {
  if (!opts.url) return null;
  const transport = nodemailer.createTransport(
    { url: opts.url, connectionTimeout: opts.timeoutMs, greetingTimeout: opts.timeoutMs, socketTimeout: opts.timeoutMs },
    { from: opts.from },
  );
  return {
    async send(email) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`The SMTP server did not finish within ${opts.timeoutMs} ms.`)), opts.timeoutMs);
      });
      try {
        await Promise.race([transport.sendMail({ to: email.to, subject: email.subject, text: email.text }), timeout]);
      } catch (error) {
        // A stage's own timeout (connection, greeting, a reply) says so in the same words as the
        // whole conversation's, whichever of the two fires first, with nodemailer's detail after.
        if ((error as { code?: string }).code === "ETIMEDOUT")
          throw new Error(`The SMTP server did not finish within ${opts.timeoutMs} ms (${(error as Error).message}).`, { cause: error });
        throw error;
      } finally {
        clearTimeout(timer);
      }
    },
    close: () => transport.close(),
  };
}
