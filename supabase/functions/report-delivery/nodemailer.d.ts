// The part of nodemailer's API this function uses. nodemailer's own declarations reference @types/node,
// which this project does not install; mail.ts points its import here with @ts-types.
export interface TransportOptions {
    host?: string;
    port?: number;
    secure?: boolean;
    requireTLS?: boolean;
    ignoreTLS?: boolean;
    auth?: { user: string; pass: string };
    connectionTimeout?: number;
    greetingTimeout?: number;
    socketTimeout?: number;
}

export interface Address {
    name: string;
    address: string;
}

export interface MailAttachment {
    filename: string;
    content: string;
    encoding?: "base64";
    contentType: string;
}

export interface SendMailOptions {
    from: string | Address;
    to: string[];
    subject: string;
    text: string;
    attachments: MailAttachment[];
}

export interface SentMessageInfo {
    messageId: string;
    accepted: (string | Address)[];
    rejected: (string | Address)[];
    response: string;
}

export interface Transporter {
    sendMail(options: SendMailOptions): Promise<SentMessageInfo>;
    close(): void;
}

declare const nodemailer: { createTransport(options: TransportOptions): Transporter };
export default nodemailer;
