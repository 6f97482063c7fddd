// Small HTTP helpers shared by every service of the local server.

/** CORS as Supabase's gateway answers browsers (and as supabase-js's `corsHeaders` lists). */
export const corsHeaders: Record<string, string> = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Headers":
        "authorization, x-client-info, apikey, content-type, x-retry-count, prefer, range, accept-profile, content-profile, x-upsert, x-supabase-api-version, cache-control, x-metadata",
    "Access-Control-Allow-Methods": "GET, POST, PUT, PATCH, DELETE, OPTIONS, HEAD",
    "Access-Control-Expose-Headers":
        "Content-Range, Content-Location, X-Total-Count, Link, X-Supabase-Api-Version, x-sb-error-code",
};

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
    return new Response(JSON.stringify(body), {
        status,
        headers: { "Content-Type": "application/json; charset=utf-8", ...corsHeaders, ...headers },
    });
}

export function empty(status = 204, headers: Record<string, string> = {}): Response {
    return new Response(null, { status, headers: { ...corsHeaders, ...headers } });
}

/** The bearer token of a request, or null. */
export function bearerToken(req: Request): string | null {
    const header = req.headers.get("authorization");
    if (!header) return null;
    const match = header.match(/^Bearer\s+(.+)$/i);
    return match ? match[1].trim() : null;
}

/** Lower-cased request headers as a plain object (for the request.headers GUC). */
export function headerObject(req: Request): Record<string, string> {
    const result: Record<string, string> = {};
    req.headers.forEach((value, name) => {
        result[name.toLowerCase()] = value;
    });
    return result;
}

/** Reads a body up to `limit` bytes; null when it is larger. */
export async function readBody(req: Request, limit: number): Promise<Uint8Array | null> {
    if (!req.body) return new Uint8Array();
    const declared = Number(req.headers.get("content-length") ?? "0");
    if (declared > limit) return null;
    const reader = req.body.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    while (true) {
        const { done, value } = await reader.read();
        if (done) break;
        size += value.length;
        if (size > limit) {
            await reader.cancel();
            return null;
        }
        chunks.push(value);
    }
    const body = new Uint8Array(size);
    let offset = 0;
    for (const chunk of chunks) {
        body.set(chunk, offset);
        offset += chunk.length;
    }
    return body;
}
