/**
 * Sending a report by e-mail through the workspace's SMTP settings (nodemailer), and turning SMTP failures
 * into a sentence an admin can act on (stored in report_deliveries.error).
 */
// @ts-types="./nodemailer.d.ts"
import nodemailer from "nodemailer";
import type { SmtpSettings } from "./db.ts";

export interface Attachment {
    filename: string;
    content: Uint8Array | string;
    contentType: string;
}

export interface Mail {
    to: string[];
    subject: string;
    text: string;
    attachments: Attachment[];
}

function base64(bytes: Uint8Array): string {
    let binary = "";
    for (let i = 0; i < bytes.length; i += 0x8000) {
        binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    }
    return btoa(binary);
}

/** A failure whose message is already written for people (shown as it is). */
export class DeliveryError extends Error {}

export function checkSettings(settings: SmtpSettings): void {
    if (!settings.host || !settings.fromAddress) {
        throw new DeliveryError(
            "Outgoing mail is not configured: an admin has to set the SMTP host and the sender address in the " +
                "workspace settings.",
        );
    }
}

/** Sends the mail and answers the message id the SMTP server accepted. */
export async function sendMail(settings: SmtpSettings, mail: Mail): Promise<string> {
    checkSettings(settings);
    const transport = nodemailer.createTransport({
        host: settings.host ?? undefined,
        port: settings.port,
        secure: settings.tls === "tls",
        requireTLS: settings.tls === "starttls",
        ignoreTLS: settings.tls === "none",
        auth: settings.username ? { user: settings.username, pass: settings.password ?? "" } : undefined,
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 30_000,
    });
    try {
        const info = await transport.sendMail({
            from: { name: settings.fromName, address: settings.fromAddress ?? "" },
            to: mail.to,
            subject: mail.subject,
            text: mail.text,
            attachments: mail.attachments.map((a) => ({
                filename: a.filename,
                content: typeof a.content === "string" ? a.content : base64(a.content),
                encoding: typeof a.content === "string" ? undefined : "base64",
                contentType: a.contentType,
            })),
        });
        if (info.rejected.length > 0) {
            const refused = info.rejected.map((r) => typeof r === "string" ? r : r.address);
            throw new DeliveryError(`The SMTP server refused these recipients: ${refused.join(", ")}.`);
        }
        return info.messageId;
    } finally {
        transport.close();
    }
}

interface ErrorFields {
    code?: unknown;
    responseCode?: unknown;
    response?: unknown;
    message?: unknown;
}

/** A readable account of why sending failed. */
export function describeSmtpError(error: unknown, settings: SmtpSettings): string {
    if (error instanceof DeliveryError) return error.message;
    const e = (typeof error === "object" && error !== null ? error : {}) as ErrorFields;
    const code = typeof e.code === "string" ? e.code : "";
    const message = typeof e.message === "string" ? e.message : String(error);
    const server = `${settings.host}:${settings.port}`;
    if (/ECONNREFUSED/.test(message) || code === "ECONNREFUSED") {
        return `Could not connect to the SMTP server ${server}: connection refused (is the host and port right?).`;
    }
    if (/ENOTFOUND|EAI_AGAIN/.test(message) || code === "EDNS") {
        return `Could not find the SMTP server ${settings.host}: the host name does not resolve.`;
    }
    if (code === "ETIMEDOUT" || /timeout|timed out/i.test(message)) {
        return `The SMTP server ${server} did not answer in time.`;
    }
    if (code === "EAUTH") {
        return `The SMTP server ${server} refused the user name or password (${message}).`;
    }
    if (code === "ETLS" || /TLS|SSL|certificate/i.test(message)) {
        return `The secure connection to the SMTP server ${server} failed: ${message}. Check the TLS mode.`;
    }
    if (code === "EENVELOPE") {
        return `The SMTP server ${server} refused the sender or the recipients: ${message}.`;
    }
    const response = typeof e.response === "string" ? ` (server said: ${e.response})` : "";
    return `Sending through the SMTP server ${server} failed: ${message}${response}.`;
}
