// /auth/v1 against the running local server, through the official supabase-js client (and raw HTTP
// where the wire shape itself is the point): sign-up, sign-in, refresh rotation and reuse, user
// updates, sign-out scopes, admin users, and GoTrue's error codes.
import { AuthApiError, AuthWeakPasswordError } from "@supabase/supabase-js";
import {
    assert,
    assertEquals,
    claimsOf,
    client,
    deleteUsers,
    randomEmail,
    raw,
    serviceClient,
    signUp,
    SUPABASE_URL,
    withAdminSql,
} from "./helpers.ts";

Deno.test("sign-up returns a session whose access token carries GoTrue's claims, and creates the profile", async () => {
    const user = await signUp("auth-signup", { full_name: "Ada Signup" });
    try {
        const claims = claimsOf(user.session.access_token);
        assertEquals(claims.sub, user.user.id, "sub");
        assertEquals(claims.aud, "authenticated", "aud");
        assertEquals(claims.role, "authenticated", "role");
        assertEquals(claims.email, user.email, "email");
        assertEquals(claims.iss, `${SUPABASE_URL}/auth/v1`, "iss");
        assertEquals(claims.aal, "aal1", "aal");
        assertEquals((claims.app_metadata as Record<string, unknown>).provider, "email", "app_metadata.provider");
        assertEquals((claims.user_metadata as Record<string, unknown>).full_name, "Ada Signup", "user_metadata");
        assert(typeof claims.session_id === "string", "session_id claim");
        assertEquals((claims.exp as number) - (claims.iat as number), 3600, "exp - iat");
        assert(user.session.refresh_token.match(/^[A-Za-z0-9]{12}$/), "refresh token is 12 alphanumerics");
        assertEquals(user.user.identities?.[0]?.provider, "email", "identity");
        // on_auth_user_created fired: the profile exists and the user can read it through the API.
        const { data, error } = await user.client.from("profiles").select("id, full_name, role").single();
        assertEquals(error, null, "profile read");
        assertEquals(data, { id: user.user.id, full_name: "Ada Signup", role: "customer" }, "profile");
    } finally {
        await deleteUsers(user);
    }
});

Deno.test("signing up twice with one email fails with user_already_exists", async () => {
    const user = await signUp("auth-twice");
    try {
        const { error } = await client().auth.signUp({ email: user.email, password: "another-password" });
        assert(error instanceof AuthApiError, "an AuthApiError");
        assertEquals([error.status, error.code], [422, "user_already_exists"]);
    } finally {
        await deleteUsers(user);
    }
});

Deno.test("a short password is refused as weak_password with its reason", async () => {
    const { error } = await client().auth.signUp({ email: randomEmail("auth-weak"), password: "123" });
    assert(error instanceof AuthWeakPasswordError, `an AuthWeakPasswordError, got ${error}`);
    assertEquals([error.status, error.code, error.reasons], [422, "weak_password", ["length"]]);
});

Deno.test("sign-in with the right password opens a new session, a wrong one is invalid_credentials", async () => {
    const user = await signUp("auth-signin");
    try {
        const c = client();
        const wrong = await c.auth.signInWithPassword({ email: user.email, password: "not-the-password" });
        assert(wrong.error instanceof AuthApiError, "wrong password fails");
        assertEquals([wrong.error.status, wrong.error.code], [400, "invalid_credentials"]);
        const unknown = await c.auth.signInWithPassword({ email: randomEmail("nobody"), password: "whatever1" });
        assertEquals(unknown.error?.code, "invalid_credentials", "unknown email");
        const { data, error } = await c.auth.signInWithPassword({ email: user.email, password: user.password });
        assertEquals(error, null, "sign-in");
        assertEquals(data.user?.id, user.user.id, "same user");
        assert(data.session?.user.last_sign_in_at, "last_sign_in_at set");
        assert(
            claimsOf(data.session!.access_token).session_id !== claimsOf(user.session.access_token).session_id,
            "a second session",
        );
    } finally {
        await deleteUsers(user);
    }
});

Deno.test("refresh rotates the token; the lost parent gets the active token back; a stale reuse revokes the family", async () => {
    const user = await signUp("auth-refresh");
    try {
        const first = user.session.refresh_token;
        const { data: r1, error: e1 } = await user.client.auth.refreshSession();
        assertEquals(e1, null, "first refresh");
        const second = r1.session!.refresh_token;
        assert(second !== first, "a new refresh token");
        assertEquals(
            claimsOf(r1.session!.access_token).session_id,
            claimsOf(user.session.access_token).session_id,
            "same session",
        );
        // The client lost the answer and retries with the parent: it receives the active token again.
        const retry = await client().auth.refreshSession({ refresh_token: first });
        assertEquals(retry.error, null, "retry with the parent");
        assertEquals(retry.data.session?.refresh_token, second, "the active token is returned again");
        // Rotate once more: `first` is now neither active nor the active token's parent.
        const { data: r2 } = await client().auth.refreshSession({ refresh_token: second });
        const third = r2.session!.refresh_token;
        // Within the reuse interval (10 s) an old revoked token is still accepted: `second` was revoked
        // just now by the rotation to `third`.
        const grace = await client().auth.refreshSession({ refresh_token: second });
        assertEquals(grace.error, null, "reuse within the interval");
        const forked = grace.data.session!.refresh_token;
        // After the interval, reusing it is refused and every token of the session is revoked.
        await withAdminSql((sql) =>
            sql`update auth.refresh_tokens set updated_at = now() - interval '11 seconds' where token = ${second}`
        );
        // `forked` (a child of `second`) is active now; `third` stays the newest for the check below.
        await withAdminSql((sql) =>
            sql`update auth.refresh_tokens set revoked = true, updated_at = now() where token = ${forked}`
        );
        const stale = await client().auth.refreshSession({ refresh_token: second });
        assert(stale.error instanceof AuthApiError, `stale reuse fails, got ${JSON.stringify(stale)}`);
        assertEquals([stale.error.status, stale.error.code], [400, "refresh_token_already_used"]);
        // The revocation is committed although the request failed (GoTrue's NewCommitWithError).
        const live = await withAdminSql((sql) =>
            sql`select count(*)::int as n from auth.refresh_tokens where user_id = ${user.user.id} and not revoked`
        );
        assertEquals(live[0].n, 0, "every token of the session is revoked");
        await withAdminSql((sql) =>
            sql`update auth.refresh_tokens set updated_at = now() - interval '11 seconds' where token = ${third}`
        );
        const after = await client().auth.refreshSession({ refresh_token: third });
        assertEquals(after.error?.code, "refresh_token_already_used", "the newest token is dead too");
        const missing = await client().auth.refreshSession({ refresh_token: "doesnotexist" });
        assertEquals(missing.error?.code, "refresh_token_not_found", "unknown token");
    } finally {
        await deleteUsers(user);
    }
});

Deno.test("getUser and updateUser: metadata merges, a new password replaces the old one", async () => {
    const user = await signUp("auth-update", { full_name: "Before", team: "blue" });
    try {
        const { data: got } = await user.client.auth.getUser();
        assertEquals(got.user?.id, user.user.id, "getUser");
        const { data, error } = await user.client.auth.updateUser({ data: { full_name: "After", team: null } });
        assertEquals(error, null, "updateUser");
        assertEquals(data.user?.user_metadata.full_name, "After", "merged");
        assert(!("team" in (data.user?.user_metadata ?? {})), "null removes a key");
        const same = await user.client.auth.updateUser({ password: user.password });
        assertEquals(same.error?.code, "same_password", "same password refused");
        const newPassword = `new-${crypto.randomUUID()}`;
        assertEquals((await user.client.auth.updateUser({ password: newPassword })).error, null, "password change");
        const old = await client().auth.signInWithPassword({ email: user.email, password: user.password });
        assertEquals(old.error?.code, "invalid_credentials", "old password no longer works");
        const fresh = await client().auth.signInWithPassword({ email: user.email, password: newPassword });
        assertEquals(fresh.error, null, "new password works");
    } finally {
        await deleteUsers(user);
    }
});

Deno.test("sign-out: local ends this session only, global ends them all", async () => {
    const user = await signUp("auth-signout");
    try {
        const other = client();
        const { data: second } = await other.auth.signInWithPassword({ email: user.email, password: user.password });
        const firstToken = user.session.access_token;
        assertEquals((await user.client.auth.signOut({ scope: "local" })).error, null, "local sign-out");
        const gone = await client().auth.getUser(firstToken);
        assertEquals(gone.error?.name, "AuthSessionMissingError", "session gone (GoTrue's session_not_found)");
        const refresh = await client().auth.refreshSession({ refresh_token: user.session.refresh_token });
        assert(refresh.error !== null, "its refresh token died with it");
        assertEquals((await client().auth.getUser(second.session!.access_token)).error, null, "other session alive");
        assertEquals((await other.auth.signOut({ scope: "global" })).error, null, "global sign-out");
        const all = await withAdminSql((sql) =>
            sql`select count(*)::int as n from auth.sessions where user_id = ${user.user.id}`
        );
        assertEquals(all[0].n, 0, "no session left");
    } finally {
        await deleteUsers(user);
    }
});

Deno.test("admin users API: create, list, get, update, delete with the service role only", async () => {
    const admin = serviceClient().auth.admin;
    const email = randomEmail("auth-admin");
    const { data: created, error } = await admin.createUser({
        email,
        password: "admin-made-1",
        email_confirm: true,
        user_metadata: { full_name: "Made By Admin" },
        app_metadata: { plan: "gold" },
    });
    assertEquals(error, null, "createUser");
    const id = created.user!.id;
    try {
        assertEquals(created.user?.app_metadata.plan, "gold", "app_metadata");
        const duplicate = await admin.createUser({ email, password: "admin-made-1" });
        assertEquals([duplicate.error?.status, duplicate.error?.code], [422, "email_exists"], "duplicate");
        const { data: list } = await admin.listUsers({ page: 1, perPage: 1000 });
        assert(list.users.some((u) => u.id === id), "listed");
        const { data: got } = await admin.getUserById(id);
        assertEquals(got.user?.email, email, "getUserById");
        const missing = await admin.getUserById(crypto.randomUUID());
        assertEquals([missing.error?.status, missing.error?.code], [404, "user_not_found"], "unknown id");
        const { data: updated } = await admin.updateUserById(id, { user_metadata: { full_name: "Renamed" } });
        assertEquals(updated.user?.user_metadata.full_name, "Renamed", "updateUserById");
        const signIn = await client().auth.signInWithPassword({ email, password: "admin-made-1" });
        assertEquals(signIn.error, null, "the created user can sign in");
        const notAdmin = await signIn.data.session ? await createUserAs(signIn.data.session!.access_token) : null;
        assertEquals(notAdmin, [403, "not_admin"], "a user token is not admin");
        assertEquals((await admin.deleteUser(id)).error, null, "deleteUser");
        assertEquals((await admin.getUserById(id)).error?.code, "user_not_found", "deleted");
    } finally {
        await deleteUsers(id);
    }
});

async function createUserAs(token: string): Promise<[number, string]> {
    const response = await raw("/auth/v1/admin/users", {
        method: "POST",
        headers: { Authorization: `Bearer ${token}`, "X-Supabase-Api-Version": "2024-01-01" },
        body: JSON.stringify({ email: randomEmail("never"), password: "whatever1" }),
    });
    return [response.status, (response.json() as { code: string }).code];
}

Deno.test("errors use the 2024-01-01 shape when asked for it and the legacy shape otherwise", async () => {
    const body = JSON.stringify({ email: randomEmail("nobody"), password: "whatever1" });
    const modern = await raw("/auth/v1/token?grant_type=password", {
        method: "POST",
        body,
        headers: { "X-Supabase-Api-Version": "2024-01-01" },
    });
    assertEquals(modern.status, 400);
    assertEquals(modern.json(), { code: "invalid_credentials", message: "Invalid login credentials" }, "shape A");
    assertEquals(modern.headers.get("x-supabase-api-version"), "2024-01-01", "version header echoed");
    const legacy = await raw("/auth/v1/token?grant_type=password", { method: "POST", body });
    assertEquals(
        legacy.json(),
        { code: 400, error_code: "invalid_credentials", msg: "Invalid login credentials" },
        "shape B",
    );
    const oauth = await raw("/auth/v1/token?grant_type=refresh_token", { method: "POST", body: "{}" });
    assertEquals(oauth.json(), { error: "invalid_request", error_description: "refresh_token required" }, "shape C");
    const grant = await raw("/auth/v1/token?grant_type=magic", { method: "POST", body: "{}" });
    assertEquals([grant.status, (grant.json() as { msg: string }).msg], [400, "unsupported_grant_type"]);
});

Deno.test("health and settings answer without a session", async () => {
    const health = await raw("/auth/v1/health");
    assertEquals([health.status, (health.json() as { name: string }).name], [200, "GoTrue"]);
    const settings = await raw("/auth/v1/settings");
    const body = settings.json() as { external: { email: boolean }; mailer_autoconfirm: boolean };
    assertEquals([body.external.email, body.mailer_autoconfirm], [true, true]);
});
