/** Small hand-written fixtures shared by the tests (no dataset files). */
import { type TrainingExample } from "../builtin/classifier.ts";

const RAW: [string, string][] = [
    ["I was charged twice for my subscription this month", "billing"],
    ["Please refund the duplicate payment on my card", "billing"],
    ["My invoice shows the wrong amount", "billing"],
    ["Why did you bill me after I cancelled", "billing"],
    ["The charge on my credit card is too high", "billing"],
    ["I need a copy of last month's invoice for accounting", "billing"],
    ["I can't log in, the password reset email never arrives", "login"],
    ["My account is locked after too many sign in attempts", "login"],
    ["Two-factor code is not accepted when I sign in", "login"],
    ["Forgot my password and the reset link has expired", "login"],
    ["Login page says invalid credentials but my password is right", "login"],
    ["How do I change the email I use to log in", "login"],
    ["My parcel has not been delivered yet", "shipping"],
    ["The tracking number shows no movement for a week", "shipping"],
    ["Package arrived damaged, the box was crushed", "shipping"],
    ["When will my order be shipped", "shipping"],
    ["The courier left my delivery at the wrong address", "shipping"],
    ["Can I change the delivery address of my order", "shipping"],
];

export const TRAIN: TrainingExample[] = RAW.map(([text, label]) => ({ text, labels: [label] }));

/** Held-out texts, worded differently from the training ones. */
export const HELD_OUT: [string, string][] = [
    ["I see a double charge on my card, please refund it", "billing"],
    ["The reset password email does not arrive so I cannot log in", "login"],
    ["Where is my parcel? The tracking has not moved", "shipping"],
    ["You billed my credit card twice", "billing"],
    ["Account locked, I can't sign in", "login"],
];
