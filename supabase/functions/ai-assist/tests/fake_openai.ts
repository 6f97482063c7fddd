/**
 * A real OpenAI-compatible HTTP server on a random loopback port for the tests: it records every request
 * and answers per `mode`: "ok" (a JSON-schema-conforming answer per schema name), "error" (HTTP 500),
 * "hang" (answers nothing until `close()`), "garbage" (200 with content that is not JSON).
 */
export type FakeMode = "ok" | "error" | "hang" | "garbage";

export interface Recorded {
    authorization: string | null;
    body: {
        model: string;
        messages: { role: string; content: string }[];
        response_format: { type: string; json_schema: { name: string; strict: boolean; schema: unknown } };
    };
}

const ANSWERS: Record<string, unknown> = {
    ticket_summary: {
        problem: "Invoices do not sync.",
        tried: ["Reconnected"],
        state: "waiting_for_agent",
        next_step: "Check the log.",
    },
    kb_answer: { answered: true, text: "Follow the steps in the article [1].", cited: [1] },
    suggested_reply: { text: "Hi, please reconnect [1].", cited: [1] },
};

export class FakeOpenAi {
    mode: FakeMode = "ok";
    readonly requests: Recorded[] = [];
    private readonly server: Deno.HttpServer<Deno.NetAddr>;
    private readonly hanging = new Set<() => void>();

    constructor() {
        this.server = Deno.serve({ hostname: "127.0.0.1", port: 0, onListen: () => {} }, (req) => this.handle(req));
    }

    get baseUrl(): string {
        return `http://127.0.0.1:${this.server.addr.port}/v1`;
    }

    /** Every prompt text the server was sent, joined. */
    prompts(): string {
        return this.requests.map((r) => r.body.messages.map((m) => m.content).join("\n")).join("\n");
    }

    private async handle(req: Request): Promise<Response> {
        const body = await req.json();
        this.requests.push({ authorization: req.headers.get("authorization"), body });
        if (new URL(req.url).pathname !== "/v1/chat/completions") return new Response("not found", { status: 404 });
        if (this.mode === "error") return new Response(JSON.stringify({ error: "overloaded" }), { status: 500 });
        if (this.mode === "hang") {
            await new Promise<void>((resolve) => this.hanging.add(resolve));
            return new Response("late", { status: 504 });
        }
        const name = body.response_format?.json_schema?.name ?? "";
        const content = this.mode === "garbage"
            ? "Sure! Here is your JSON:"
            : JSON.stringify(this.answerFor(name, body));
        return Response.json({ choices: [{ message: { role: "assistant", content } }] });
    }

    private answerFor(name: string, body: Recorded["body"]): unknown {
        if (name === "ticket_triage") {
            const props = (body.response_format.json_schema.schema as {
                properties: { category: { anyOf: { enum?: string[] }[] } };
            }).properties;
            return {
                category: props.category.anyOf[0].enum?.[0] ?? null,
                priority: "high",
                team_id: null,
                tags: [],
                sentiment: "negative",
                language: "en",
                confidence: 0.7,
            };
        }
        return ANSWERS[name] ?? {};
    }

    async close(): Promise<void> {
        for (const resolve of this.hanging) resolve();
        await this.server.shutdown();
    }
}
