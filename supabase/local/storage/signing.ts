// Signed URLs: HS256 JWTs signed with the project's JWT secret carrying `url: "<bucket>/<path>"` and
// `exp` (Storage signs with its JWT secret the same way). Creating one needs SELECT on the object as the
// caller; fetching with one needs only the token. Signed upload tokens also carry the owner and upsert.
import { type Claims, signJwt, verifyJwt } from "../jwt.ts";
import { errors } from "./errors.ts";

export function parseExpiresIn(value: unknown): number {
    const seconds = Number(value);
    if (!Number.isFinite(seconds) || seconds < 1) throw errors.invalidRequest("expiresIn must be a number >= 1");
    return Math.floor(seconds);
}

export async function signObjectUrl(secret: string, bucket: string, name: string, expiresIn: number): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    const token = await signJwt({ url: `${bucket}/${name}`, iat: now, exp: now + expiresIn }, secret);
    return `/object/sign/${bucket}/${name}?token=${token}`;
}

export async function signUploadToken(
    secret: string,
    bucket: string,
    name: string,
    owner: string | null,
    upsert: boolean,
): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    const claims: Claims = { url: `${bucket}/${name}`, upsert, iat: now, exp: now + 2 * 60 * 60 };
    if (owner) claims.owner = owner;
    return await signJwt(claims, secret);
}

/** Verifies a signed-URL token for this object; throws Storage's 400 errors otherwise. */
export async function verifySignedToken(secret: string, token: string | null, bucket: string, name: string) {
    if (!token) throw errors.missing("token");
    const result = await verifyJwt(token, secret);
    if (!result.ok) {
        throw errors.invalidJwt(result.reason === "expired" ? "The provided token has expired." : result.message);
    }
    if (result.claims.url !== `${bucket}/${name}`) throw errors.invalidSignature();
    return result.claims;
}
