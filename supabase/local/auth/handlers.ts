// The user-facing GoTrue endpoints: signup, token (password, refresh_token), user, logout, settings.
import type { ServerContext } from "../context.ts";
import { empty, json } from "../http.ts";
import { optionalObject, optionalString, readJsonObject } from "./body.ts";
import { AuthError, errors, OAuthError } from "./errors.ts";
import { requireUser } from "./guard.ts";
import { endSessions, refreshSession, type RequestMeta, startSession } from "./sessions.ts";
import {
    findUserByEmail,
    findUserById,
    findUserByPassword,
    insertUser,
    isBanned,
    isValidEmail,
    passwordMatches,
    updateUser,
    userJson,
} from "./users.ts";

export function requestMeta(req: Request, info: Deno.ServeHandlerInfo): RequestMeta {
    const address = info.remoteAddr as Deno.NetAddr;
    return { userAgent: req.headers.get("user-agent"), ip: address.hostname ?? null };
}

export function checkPassword(ctx: ServerContext, password: string | undefined): string {
    if (!password) throw errors.validation("Signup requires a valid password", 422);
    if ([...password].length < ctx.config.minimumPasswordLength) {
        throw errors.weakPassword(ctx.config.minimumPasswordLength);
    }
    return password;
}

/** POST /signup with autoconfirm (local default, enable_confirmations = false): returns a session. */
export async function signup(ctx: ServerContext, req: Request, info: Deno.ServeHandlerInfo): Promise<Response> {
    const body = await readJsonObject(req);
    const email = optionalString(body, "email")?.trim();
    if (!email) {
        if (optionalString(body, "phone")) {
            throw new AuthError(400, "phone_provider_disabled", "Phone signups are disabled");
        }
        throw errors.validation("To signup, please provide your email");
    }
    if (!isValidEmail(email)) throw errors.validation(`Unable to validate email address: invalid format`);
    const password = checkPassword(ctx, optionalString(body, "password"));
    const data = optionalObject(body, "data") ?? {};
    const session = await ctx.db.admin.begin(async (tx) => {
        const existing = await findUserByEmail(tx, email);
        if (existing) throw errors.userAlreadyExists();
        const user = await insertUser(tx, {
            email,
            password,
            emailConfirmed: true,
            userMetadata: data,
            appMetadata: {},
        });
        return await startSession(tx, ctx.config, user.id, requestMeta(req, info));
    });
    return json(session);
}

/** POST /token?grant_type=password|refresh_token */
export async function token(ctx: ServerContext, req: Request, info: Deno.ServeHandlerInfo): Promise<Response> {
    const grantType = new URL(req.url).searchParams.get("grant_type");
    const body = await readJsonObject(req);
    if (grantType === "password") {
        const email = optionalString(body, "email")?.trim();
        const password = optionalString(body, "password") ?? "";
        if (!email) {
            if (optionalString(body, "phone")) throw errors.invalidCredentials();
            throw errors.validation("missing email or phone");
        }
        const user = await findUserByPassword(ctx.db.admin, email, password);
        if (!user) throw errors.invalidCredentials();
        if (!user.email_confirmed_at) throw errors.emailNotConfirmed();
        if (isBanned(user)) throw errors.userBanned();
        const session = await ctx.db.admin.begin((tx) => startSession(tx, ctx.config, user.id, requestMeta(req, info)));
        return json(session);
    }
    if (grantType === "refresh_token") {
        const refreshToken = optionalString(body, "refresh_token");
        if (!refreshToken) throw new OAuthError("invalid_request", "refresh_token required");
        return json(await refreshSession(ctx.db.admin, ctx.config, refreshToken));
    }
    throw new AuthError(400, "invalid_credentials", "unsupported_grant_type");
}

export async function getUser(ctx: ServerContext, req: Request): Promise<Response> {
    const { user } = await requireUser(ctx, req);
    return json(await userJson(ctx.db.admin, user));
}

/** PUT /user: email (changed at once: autoconfirm), password, data (merged into user_metadata). */
export async function putUser(ctx: ServerContext, req: Request): Promise<Response> {
    const { user } = await requireUser(ctx, req);
    const body = await readJsonObject(req);
    const email = optionalString(body, "email")?.trim();
    const password = optionalString(body, "password");
    const data = optionalObject(body, "data");
    const updated = await ctx.db.admin.begin(async (tx) => {
        if (email !== undefined && email.toLowerCase() !== (user.email ?? "").toLowerCase()) {
            if (!isValidEmail(email)) throw errors.validation("Unable to validate email address: invalid format");
            const other = await findUserByEmail(tx, email);
            if (other && other.id !== user.id) throw errors.emailExists();
        }
        if (password !== undefined) {
            checkPassword(ctx, password);
            if (await passwordMatches(tx, user.id, password)) throw errors.samePassword();
        }
        return await updateUser(tx, user, {
            email: email && email.toLowerCase() !== (user.email ?? "").toLowerCase() ? email : undefined,
            password,
            userMetadata: data,
        });
    });
    return json(await userJson(ctx.db.admin, updated ?? (await findUserById(ctx.db.admin, user.id))!));
}

export async function logout(ctx: ServerContext, req: Request): Promise<Response> {
    const scope = new URL(req.url).searchParams.get("scope") ?? "global";
    if (!["global", "local", "others"].includes(scope)) {
        throw errors.validation(`Unsupported logout scope "${scope}"`);
    }
    const { user, sessionId } = await requireUser(ctx, req);
    await endSessions(ctx.db.admin, user.id, sessionId, scope);
    return empty(204);
}

export function settings(ctx: ServerContext): Response {
    const external: Record<string, boolean> = { email: true, phone: false, anonymous_users: false };
    for (
        const provider of [
            "apple",
            "azure",
            "bitbucket",
            "discord",
            "facebook",
            "figma",
            "github",
            "gitlab",
            "google",
            "keycloak",
            "kakao",
            "linkedin_oidc",
            "notion",
            "slack_oidc",
            "spotify",
            "twitch",
            "twitter",
            "workos",
            "zoom",
        ]
    ) {
        external[provider] = false;
    }
    return json({
        external,
        disable_signup: false,
        mailer_autoconfirm: true,
        phone_autoconfirm: false,
        sms_provider: "",
        saml_enabled: false,
        minimum_password_length: ctx.config.minimumPasswordLength,
    });
}

export function health(): Response {
    return json({
        version: "supabase-local",
        name: "GoTrue",
        description: "GoTrue is a user registration and authentication API",
    });
}
