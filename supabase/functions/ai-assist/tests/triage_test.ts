import * as assert from "./assert.ts";
import { TextClassifier } from "../builtin/classifier.ts";
import { detectLanguage } from "../builtin/language.ts";
import { analyzeSentiment } from "../builtin/sentiment.ts";
import { triage } from "../builtin/triage.ts";
import { TRAIN } from "./fixtures.ts";

Deno.test("language detection tells en, de, fr and es apart", () => {
    assert.equal(detectLanguage("My card was charged twice and I have not got a refund").language, "en");
    assert.equal(detectLanguage("Ich kann mich nicht anmelden, das Passwort funktioniert nicht").language, "de");
    assert.equal(detectLanguage("Je ne peux pas me connecter, le mot de passe ne fonctionne pas").language, "fr");
    assert.equal(detectLanguage("No puedo iniciar sesión, la contraseña no funciona").language, "es");
    assert.equal(detectLanguage("12345 ###").language, "unknown");
});

Deno.test("sentiment: angry, thankful and neutral messages", () => {
    assert.equal(analyzeSentiment("This is unacceptable, I am really frustrated and angry!").label, "negative");
    assert.equal(analyzeSentiment("Thanks a lot, that was super helpful, great support").label, "positive");
    assert.equal(analyzeSentiment("Please update the shipping address on order 1234").label, "neutral");
});

Deno.test("sentiment: negation flips polarity", () => {
    assert.ok(analyzeSentiment("the app is good").score > 0);
    assert.ok(analyzeSentiment("the app is not good").score < 0);
});

Deno.test("triage combines the workspace's classifiers with sentiment and language", () => {
    const category = TextClassifier.train(TRAIN);
    const priority = TextClassifier.train(
        TRAIN.map((e) => ({ text: e.text, labels: [e.labels[0] === "login" ? "high" : "normal"] })),
    );
    const r = triage("Locked out", "My account is locked and I can't sign in, this is terrible!", {
        category,
        priority,
    });
    assert.equal(r.category?.value, "login");
    assert.equal(r.priority?.value, "high");
    assert.ok((r.category?.confidence ?? 0) > 0 && (r.category?.confidence ?? 2) <= 1);
    assert.equal(r.category?.alternatives.length, 2);
    assert.equal(r.team, undefined);
    assert.deepEqual(r.tags, []);
    assert.equal(r.sentiment.label, "negative");
    assert.equal(r.language.language, "en");
});
