// Owns the rewrite style a user picks (tone and length presets) and the variant asked for, as data and as
// the plain-language lines the prompt builder adds to the user's instruction.
import { z } from 'zod';

export const TONES = ['formal', 'neutral', 'casual', 'friendly', 'confident'] as const;
export const ToneSchema = z.enum(TONES);
export type Tone = z.infer<typeof ToneSchema>;

export const LENGTHS = ['shorter', 'as-is', 'longer'] as const;
export const LengthSchema = z.enum(LENGTHS);
export type Length = z.infer<typeof LengthSchema>;

export const WritingStyleSchema = z.object({ tone: ToneSchema, length: LengthSchema });
export type WritingStyle = z.infer<typeof WritingStyleSchema>;

export const DEFAULT_STYLE: WritingStyle = { tone: 'neutral', length: 'as-is' };

// How many alternatives "Variants" asks for; each is its own request, numbered from 1.
export const VARIANT_COUNT = 3;
export const VariantSchema = z.number().int().min(1).max(VARIANT_COUNT);

// Neutral and "as is" add nothing, so a rewrite without a style sends exactly what it sent before.
const TONE_LINE: Record<Tone, string> = {
  formal: 'Use a formal, professional tone.',
  neutral: '',
  casual: 'Use a casual, relaxed tone.',
  friendly: 'Use a warm, friendly tone.',
  confident: 'Use a confident, assertive tone.',
};

const LENGTH_LINE: Record<Length, string> = {
  shorter: 'Make the result about a third shorter than the original.',
  'as-is': '',
  longer: 'Make the result about a third longer than the original.',
};

// Each variant gets its own direction, so three requests give three different answers even at a low
// temperature (where the same prompt would give the same text three times).
const VARIANT_LINE: Record<number, string> = {
  1: 'This is alternative 1 of 3: stay close to the original wording.',
  2: 'This is alternative 2 of 3: use noticeably different wording and sentence structure.',
  3: 'This is alternative 3 of 3: take a bolder, more distinctive approach.',
};

// The user's instruction followed by the style and variant lines. These are the user's choices, not page
// text, so they stay outside the data fences like the instruction itself.
export function styledInstruction(prompt: string, style?: WritingStyle, variant?: number): string {
  const lines = [prompt, style ? TONE_LINE[style.tone] : '', style ? LENGTH_LINE[style.length] : '', variant ? (VARIANT_LINE[variant] ?? '') : ''];
  return lines.filter(Boolean).join('\n\n');
}
