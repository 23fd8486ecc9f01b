import { ZxcvbnFactory } from "@zxcvbn-ts/core";

export type Strength = { score: 0 | 1 | 2 | 3 | 4; label: string; hint: string | null };

const LABELS = ["Very weak", "Weak", "Fair", "Good", "Strong"] as const;

// zxcvbn's feedback keys in plain English (its translation packages would bring their word lists along).
const FEEDBACK: Record<string, string> = {
  straightRow: "Straight rows of keys are easy to guess.",
  keyPattern: "Short keyboard patterns are easy to guess.",
  simpleRepeat: "Repeated characters like “aaa” are easy to guess.",
  extendedRepeat: "Repeated patterns like “abcabcabc” are easy to guess.",
  sequences: "Sequences like “abc” or “6543” are easy to guess.",
  recentYears: "Recent years are easy to guess.",
  dates: "Dates are easy to guess.",
  userInputs: "Leave out your name and e-mail address.",
  l33t: "Predictable swaps like “@” for “a” do not help much.",
  reverseWords: "Reversed words are not much harder to guess.",
  allUppercase: "Capitalise some letters, not all.",
  capitalization: "Capitalise more than the first letter.",
  associatedYears: "Avoid years that are associated with you.",
  repeated: "Avoid repeated words and characters.",
  longerKeyboardPattern: "Use longer keyboard patterns and change direction.",
  anotherWord: "Add more words that are less common.",
  useWords: "Use several words, but avoid common phrases.",
  noNeed: "You can make strong passwords without symbols, numbers or capitals.",
};

/*
 * zxcvbn's pattern matchers (repeats, sequences, dates, keyboard-free brute force, the person's own name and
 * e-mail) without its word lists: they are over a megabyte, and the server already refuses common passwords on
 * submit. So the meter ships no password list to the browser and still flags "aaaaaaaaaaaa", "abcdefgh12345678",
 * "19800101" or a password made of the person's name.
 */
let factory: ZxcvbnFactory | undefined;

export function passwordStrength(password: string, userInputs: string[] = []): Strength {
  factory ??= new ZxcvbnFactory();
  const result = factory.check(password, userInputs.filter(Boolean));
  const score = result.score as Strength["score"];
  const key = result.feedback.warning || result.feedback.suggestions[0];
  const hint = key ? (FEEDBACK[key] ?? null) : null;
  return { score, label: LABELS[score], hint };
}
