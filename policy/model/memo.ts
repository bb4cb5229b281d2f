// One answer per input, for pure functions on the hot path (type look-ups, trust policies read once per text): a
// Map of the answers worked out so far, capped so that a plan of ever-new inputs cannot grow it without bound.

/** `fn`, remembering up to `limit` answers by input (inputs past the cap are answered, not kept). */
export function memoize<K, V>(fn: (input: K) => V, limit = 10_000): (input: K) => V {
  const answers = new Map<K, V>();
  return (input: K): V => {
    if (answers.has(input)) return answers.get(input) as V;
    const answer = fn(input);
    if (answers.size < limit) answers.set(input, answer);
    return answer;
  };
}
