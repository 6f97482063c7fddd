// A small multipart/form-data reader. Deno's Response.formData() drops parts whose name is empty, and
// storage-js sends the file as a part named "" (prepareUploadFormData: `body.append("", file)`), so the
// upload body is split here by hand.

export interface Part {
    name: string;
    filename: string | null;
    contentType: string | null;
    data: Uint8Array;
}

function indexOf(haystack: Uint8Array, needle: Uint8Array, from: number): number {
    outer: for (let i = from; i <= haystack.length - needle.length; i++) {
        for (let j = 0; j < needle.length; j++) {
            if (haystack[i + j] !== needle[j]) continue outer;
        }
        return i;
    }
    return -1;
}

export function boundaryOf(contentType: string): string | null {
    const match = contentType.match(/boundary=(?:"([^"]+)"|([^;]+))/i);
    return match ? (match[1] ?? match[2]).trim() : null;
}

/** Parses the parts; null when the body is not well-formed. */
export function parseMultipart(body: Uint8Array, boundary: string): Part[] | null {
    const encoder = new TextEncoder();
    const decoder = new TextDecoder();
    const delimiter = encoder.encode(`--${boundary}`);
    const headerEnd = encoder.encode("\r\n\r\n");
    const parts: Part[] = [];
    let position = indexOf(body, delimiter, 0);
    if (position < 0) return null;
    while (true) {
        position += delimiter.length;
        // "--" after a delimiter closes the body.
        if (body[position] === 0x2d && body[position + 1] === 0x2d) return parts;
        if (body[position] === 0x0d && body[position + 1] === 0x0a) position += 2;
        const headersEnd = indexOf(body, headerEnd, position);
        if (headersEnd < 0) return null;
        const headers = decoder.decode(body.subarray(position, headersEnd));
        const dataStart = headersEnd + headerEnd.length;
        const next = indexOf(body, delimiter, dataStart);
        if (next < 0) return null;
        // The data ends before the CRLF that precedes the next delimiter.
        const dataEnd = next >= 2 && body[next - 2] === 0x0d && body[next - 1] === 0x0a ? next - 2 : next;
        const disposition = headers.match(/content-disposition:([^\r\n]*)/i)?.[1] ?? "";
        const name = disposition.match(/\bname="([^"]*)"/i)?.[1] ?? "";
        const filename = disposition.match(/\bfilename="([^"]*)"/i)?.[1] ?? null;
        const contentType = headers.match(/content-type:\s*([^\r\n]*)/i)?.[1]?.trim() ?? null;
        parts.push({ name, filename, contentType, data: body.slice(dataStart, dataEnd) });
        position = next;
    }
}
