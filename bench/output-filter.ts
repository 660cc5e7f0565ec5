// Benchmark 8: the streaming output filter on a 1 MB answer in 1 KB chunks with 1,000 blocked words: throughput
// and how many characters it holds back, against a per-chunk regex scan that carries the longest word − 1.
import { createStreamFilter } from '../lib/pipeline/filter/stream-filter';
import type { FilterPolicy } from '../lib/settings/policy-schemas';
import { seededRandom } from './lib/seeded-random';
import { summarize } from './lib/stats';
import type { Row } from './lib/table';

const TEXT_CHARS = 1024 * 1024;
const CHUNK_CHARS = 1024;
const TERMS = 1000;

function word(next: () => number, min: number, max: number): string {
  const length = min + Math.floor(next() * (max - min + 1));
  let text = '';
  for (let i = 0; i < length; i++) text += String.fromCharCode(97 + Math.floor(next() * 26));
  return text;
}

export function filterWorkload(): { terms: string[]; chunks: string[] } {
  const next = seededRandom(42);
  const terms = Array.from({ length: TERMS }, () => word(next, 6, 12));
  const vocabulary = Array.from({ length: 3000 }, () => word(next, 2, 9));
  const parts: string[] = [];
  let length = 0;
  while (length < TEXT_CHARS) {
    // About one blocked word per 2 KB, sometimes in capitals, which the filter must still catch.
    const term = next() < 0.006 ? (terms[Math.floor(next() * TERMS)] ?? '') : '';
    const piece = `${term && next() < 0.3 ? term.toUpperCase() : term || vocabulary[Math.floor(next() * vocabulary.length)]}${next() < 0.1 ? '. ' : ' '}`;
    parts.push(piece);
    length += piece.length;
  }
  const text = parts.join('').slice(0, TEXT_CHARS);
  const chunks: string[] = [];
  for (let at = 0; at < text.length; at += CHUNK_CHARS) chunks.push(text.slice(at, at + CHUNK_CHARS));
  return { terms, chunks };
}

interface FilterRun {
  ms: number;
  // Characters pushed but not yet released, after each chunk.
  held: number[];
  output: string;
}

function runReal(terms: string[], chunks: string[]): FilterRun {
  const policy: FilterPolicy = { mode: 'mask', words: terms, patterns: [], moderation: { enabled: false } };
  const filter = createStreamFilter(policy);
  const held: number[] = [];
  let pushed = 0;
  let output = '';
  const started = performance.now();
  for (const chunk of chunks) {
    pushed += chunk.length;
    output += filter.push(chunk).text;
    held.push(pushed - output.length);
  }
  output += filter.end().text;
  return { ms: performance.now() - started, held, output };
}

// A reasonable first filter: scan each chunk with one case-insensitive regex alternation, carrying the last
// (longest term − 1) characters into the next scan so a term split across chunks is still seen. A match that
// reaches into the carried tail is held back whole, so no part of a term is released before it is masked.
function runNaive(terms: string[], chunks: string[]): FilterRun {
  const escaped = [...terms].sort((a, b) => b.length - a.length).map((term) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(escaped.join('|'), 'gi');
  const keep = Math.max(...terms.map((term) => term.length)) - 1;
  const mask = (text: string) => text.replace(pattern, (match) => '•'.repeat(match.length));
  const held: number[] = [];
  let carry = '';
  let output = '';
  let pushed = 0;
  const started = performance.now();
  for (const chunk of chunks) {
    pushed += chunk.length;
    const window = carry + chunk;
    let release = Math.max(0, window.length - keep);
    pattern.lastIndex = 0;
    for (let match = pattern.exec(window); match; match = pattern.exec(window)) {
      if (match.index < release && match.index + match[0].length > release) release = match.index;
    }
    output += mask(window.slice(0, release));
    carry = window.slice(release);
    held.push(pushed - output.length);
  }
  output += mask(carry);
  return { ms: performance.now() - started, held, output };
}

export function outputFilter(reps: number): Row[] {
  const { terms, chunks } = filterWorkload();
  const megabytes = chunks.join('').length / (1024 * 1024);
  runReal(terms, chunks);
  const real = Array.from({ length: reps }, () => runReal(terms, chunks));
  runNaive(terms, chunks);
  const naive = Array.from({ length: reps }, () => runNaive(terms, chunks));
  const realMs = summarize(real.map((run) => run.ms)).median;
  const naiveMs = summarize(naive.map((run) => run.ms)).median;
  const heldReal = summarize(real[0]?.held ?? []);
  const heldNaive = summarize(naive[0]?.held ?? []);
  const agree = real[0]?.output === naive[0]?.output;
  const masked = (real[0]?.output.match(/•+/g) ?? []).length;
  return [
    {
      group: '8',
      name: 'Output filter throughput, 1 MB in 1 KB chunks, 1,000 words',
      value: megabytes / (realMs / 1000),
      unit: 'MB/s',
      baseline: { value: megabytes / (naiveMs / 1000), label: 'per-chunk regex with a carry' },
      note: `Output filter: mask mode, median of ${reps} runs each; ${masked} spans masked; outputs ${agree ? 'identical' : 'differ (the real filter also normalises width, case and zero-width characters)'}. The baseline scans each chunk plus a carry of the longest word − 1 with one regex alternation. Hold-back in characters after each chunk.`,
    },
    { group: '8', name: 'Output filter hold-back, mean', value: heldReal.mean, unit: 'chars', baseline: { value: heldNaive.mean, label: 'naive' } },
    { group: '8', name: 'Output filter hold-back, max', value: heldReal.max, unit: 'chars', baseline: { value: heldNaive.max, label: 'naive' } },
  ];
}
