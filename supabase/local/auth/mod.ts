// GoTrue-compatible /auth/v1 service.
import postgres from "postgres";
import type { ServerContext, Service } from "../context.ts";
import { empty, json } from "../http.ts";
import { handleAdmin } from "./admin.ts";
import { AuthError, authErrorResponse, errors, OAuthError } from "./errors.ts";
import { getUser, health, logout, putUser, settings, signup, token } from "./handlers.ts";

async function route(ctx: ServerContext, req: Request, path: string, info: Deno.ServeHandlerInfo) {
    const method = req.method;
    if (method === "OPTIONS") return empty(204);
    if (path === "/health" && method === "GET") return health();
    if (path === "/settings" && method === "GET") return settings(ctx);
    if (path === "/.well-known/jwks.json" && method === "GET") {
        // HS256 only: symmetric keys are never published.
        return json({ keys: [] }, 200, { "Cache-Control": "public, max-age=600" });
    }
    if (path === "/signup" && method === "POST") return await signup(ctx, req, info);
    if (path === "/token" && method === "POST") return await token(ctx, req, info);
    if (path === "/user" && method === "GET") return await getUser(ctx, req);
    if (path === "/user" && method === "PUT") return await putUser(ctx, req);
    if (path === "/logout" && method === "POST") return await logout(ctx, req);
    if (path.startsWith("/admin/")) return await handleAdmin(ctx, req, path.slice("/admin".length));
    return null;
}

function translate(error: unknown): AuthError | OAuthError {
    if (error instanceof AuthError || error instanceof OAuthError) return error;
    if (error instanceof postgres.PostgresError) {
        if (error.code === "23505" && /email/.test(error.constraint_name ?? "")) return errors.emailExists();
        // A trigger on auth.users (e.g. profile creation) refused the row: GoTrue reports it as 500.
        console.error(`auth: database error ${error.code}: ${error.message}`);
        return new AuthError(500, "unexpected_failure", "Database error saving new user");
    }
    console.error("auth: unexpected error", error);
    return errors.unexpected();
}

export function createAuthService(ctx: ServerContext): Service {
    return {
        prefix: "/auth/v1",
        async handle(req, path, info) {
            try {
                return await route(ctx, req, path, info);
            } catch (error) {
                return authErrorResponse(req, translate(error));
            }
        },
    };
}
