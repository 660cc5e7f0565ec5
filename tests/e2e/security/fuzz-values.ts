// Generates random and mutated message payloads from a seed, in the page (so it is a string to evaluate).
export const FUZZ_SOURCE = `
function makeFuzzer(seed) {
  let state = seed >>> 0;
  const rand = () => { state = (state * 1664525 + 1013904223) >>> 0; return state / 4294967296; };
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const strings = ['', 'x', 'start', 'stop', 'delta', '__proto__', 'constructor', '{{url}}', '<script>1</script>', 'a'.repeat(5000), '\\u0000', '💥', 'getSettings', 'saveSettings'];
  const value = (depth) => {
    const r = rand();
    if (depth > 3 || r < 0.2) return pick([null, undefined, true, false, 0, -1, 1e308, NaN, Infinity, pick(strings), Math.floor(rand() * 1e9)]);
    if (r < 0.5) return Array.from({ length: Math.floor(rand() * 5) }, () => value(depth + 1));
    const obj = {};
    for (let i = 0; i < Math.floor(rand() * 6); i++) obj[pick([...strings, 'type', 'data', 'request', 'prompt', 'source', 'settings', 'apiKey', 'id'])] = value(depth + 1);
    return obj;
  };
  return { rand, pick, value };
}
`;
