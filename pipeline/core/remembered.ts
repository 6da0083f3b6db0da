/**
 * `compute` with its answers remembered by key, at most `limit` of them (all dropped when full):
 * the stages meet the same words and names again and again through a text and a batch, and a
 * worker thread reads thousands of documents, so what is remembered stays bounded.
 */
export function remembered<V>(limit: number, compute: (key: string) => V): (key: string) => V {
  const answers = new Map<string, V>();
  return (key) => {
    let answer = answers.get(key);
    if (answer === undefined) {
      answer = compute(key);
      if (answers.size >= limit) answers.clear();
      answers.set(key, answer);
    }
    return answer;
  };
}
