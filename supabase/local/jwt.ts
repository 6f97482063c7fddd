// HS256 JSON Web Tokens as GoTrue issues and PostgREST/Realtime/Storage verify them (legacy JWT secret).
import { errors, jwtVerify, SignJWT } from "jose";

export type Claims = Record<string, unknown> & { role?: string; sub?: string; exp?: number; iat?: number };

export type VerifyResult =
    | { ok: true; claims: Claims }
    | { ok: false; reason: "expired" | "invalid"; message: string };

function key(secret: string): Uint8Array {
    return new TextEncoder().encode(secret);
}

export async function signJwt(claims: Claims, secret: string): Promise<string> {
    return await new SignJWT(claims).setProtectedHeader({ alg: "HS256", typ: "JWT" }).sign(key(secret));
}

export async function verifyJwt(token: string, secret: string): Promise<VerifyResult> {
    const parts = token.split(".");
    if (parts.length !== 3) {
        return { ok: false, reason: "invalid", message: `Expected 3 parts in JWT; got ${parts.length}` };
    }
    try {
        const { payload } = await jwtVerify(token, key(secret), { algorithms: ["HS256"] });
        return { ok: true, claims: payload as Claims };
    } catch (error) {
        if (error instanceof errors.JWTExpired) return { ok: false, reason: "expired", message: "JWT expired" };
        return { ok: false, reason: "invalid", message: error instanceof Error ? error.message : String(error) };
    }
}

/** The anon and service-role API keys, as `supabase start` prints them (iss supabase-demo, long expiry). */
export async function apiKeys(secret: string): Promise<{ anon: string; serviceRole: string }> {
    const exp = 1983812996; // the CLI's demo keys expire in 2032
    return {
        anon: await signJwt({ iss: "supabase-demo", role: "anon", exp }, secret),
        serviceRole: await signJwt({ iss: "supabase-demo", role: "service_role", exp }, secret),
    };
}
