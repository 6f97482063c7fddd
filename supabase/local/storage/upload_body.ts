// The body of an upload, raw or multipart, as Storage reads it (uploader.ts): raw bodies take
// Content-Type (default application/octet-stream), Cache-Control and base64-JSON `x-metadata`;
// multipart bodies take the file part's type, the `cacheControl` field (seconds → `max-age=N`,
// default `no-cache`) and the `metadata` field. supabase-js names the file part "".
import { readBody } from "../http.ts";
import { errors } from "./errors.ts";
import { boundaryOf, parseMultipart } from "./multipart.ts";

export interface UploadBody {
    bytes: Uint8Array;
    contentType: string;
    cacheControl: string;
    userMetadata: Record<string, unknown> | null;
}

/** Multipart framing around a file is small; this slack keeps an at-limit file from failing the read. */
const MULTIPART_SLACK = 64 * 1024;

function parseMetadata(text: string | null): Record<string, unknown> | null {
    if (!text) return null;
    try {
        const value = JSON.parse(text);
        return typeof value === "object" && value !== null && !Array.isArray(value) ? value : null;
    } catch {
        throw errors.invalidRequest("metadata must be a JSON object");
    }
}

function decodeBase64(text: string): string {
    try {
        return new TextDecoder().decode(Uint8Array.from(atob(text), (char) => char.charCodeAt(0)));
    } catch {
        throw errors.invalidRequest("x-metadata must be base64-encoded JSON");
    }
}

export async function readUpload(req: Request, limit: number): Promise<UploadBody> {
    const contentType = req.headers.get("content-type") ?? "";
    const multipart = contentType.toLowerCase().startsWith("multipart/form-data");
    const raw = await readBody(req, multipart ? limit + MULTIPART_SLACK : limit);
    if (raw === null) throw errors.tooLarge();
    if (!multipart) {
        const metadataHeader = req.headers.get("x-metadata");
        return {
            bytes: raw,
            contentType: contentType || "application/octet-stream",
            cacheControl: req.headers.get("cache-control") ?? "no-cache",
            userMetadata: metadataHeader ? parseMetadata(decodeBase64(metadataHeader)) : null,
        };
    }
    const boundary = boundaryOf(contentType);
    const parts = boundary ? parseMultipart(raw, boundary) : null;
    if (!parts) throw errors.invalidRequest("malformed multipart body");
    const file = parts.find((part) => part.filename !== null) ?? null;
    if (!file) throw errors.missing("file");
    const bytes = file.data;
    if (bytes.length > limit) throw errors.tooLarge();
    const field = (name: string): string | null => {
        const part = parts.find((candidate) => candidate.filename === null && candidate.name === name);
        return part ? new TextDecoder().decode(part.data) : null;
    };
    const cacheControl = field("cacheControl");
    return {
        bytes,
        contentType: file.contentType || "application/octet-stream",
        cacheControl: cacheControl ? `max-age=${cacheControl}` : "no-cache",
        userMetadata: parseMetadata(field("metadata")),
    };
}
