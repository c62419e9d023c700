import { describe, expect, it } from 'vitest';
import { useLatestLoad } from '../../web/src/composables/use-latest-load';

/** A request whose answer (or failure) the test releases when it chooses. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (err: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function harness() {
  const latest = useLatestLoad();
  const shown: string[] = [];
  const failures: unknown[] = [];
  const load = (answer: Promise<string>) =>
    latest.run(
      () => answer,
      (got) => void shown.push(got),
      (err) => void failures.push(err),
    );
  return { latest, shown, failures, load };
}

describe('only the latest load counts', () => {
  it('shows an answer and clears loading when it ends', async () => {
    const { latest, shown, load } = harness();
    const first = deferred<string>();
    const done = load(first.promise);
    expect(latest.loading.value).toBe(true);

    first.resolve('A');

    expect(await done).toBe(true);
    expect(shown).toEqual(['A']);
    expect(latest.loading.value).toBe(false);
  });

  it('ignores an earlier, slower answer that arrives after the later one', async () => {
    const { latest, shown, load } = harness();
    const slow = deferred<string>();
    const fast = deferred<string>();
    const earlier = load(slow.promise);
    const later = load(fast.promise);

    fast.resolve('new');
    expect(await later).toBe(true);
    slow.resolve('old');

    expect(await earlier).toBe(false);
    expect(shown).toEqual(['new']);
    expect(latest.loading.value).toBe(false);
  });

  it('keeps loading while the latest request is still out, even when an earlier one ends', async () => {
    const { latest, shown, load } = harness();
    const earlierAnswer = deferred<string>();
    const laterAnswer = deferred<string>();
    const earlier = load(earlierAnswer.promise);
    const later = load(laterAnswer.promise);

    earlierAnswer.resolve('old');
    expect(await earlier).toBe(false);
    expect(shown).toEqual([]);
    expect(latest.loading.value).toBe(true);

    laterAnswer.resolve('new');
    expect(await later).toBe(true);
    expect(shown).toEqual(['new']);
    expect(latest.loading.value).toBe(false);
  });

  it('does not show the failure of an earlier request, nor let it clear loading', async () => {
    const { latest, shown, failures, load } = harness();
    const earlierAnswer = deferred<string>();
    const laterAnswer = deferred<string>();
    const earlier = load(earlierAnswer.promise);
    const later = load(laterAnswer.promise);

    earlierAnswer.reject(new Error('timed out'));
    expect(await earlier).toBe(false);
    expect(failures).toEqual([]);
    expect(latest.loading.value).toBe(true);

    laterAnswer.resolve('new');
    await later;
    expect(shown).toEqual(['new']);
    expect(failures).toEqual([]);
  });

  it('shows the failure of the latest request and clears loading', async () => {
    const { latest, shown, failures, load } = harness();
    const answer = deferred<string>();
    const done = load(answer.promise);
    const err = new Error('network down');

    answer.reject(err);

    expect(await done).toBe(false);
    expect(shown).toEqual([]);
    expect(failures).toEqual([err]);
    expect(latest.loading.value).toBe(false);
  });

  it('keeps loading until an answer that takes time to apply is applied', async () => {
    const latest = useLatestLoad();
    const applying = deferred<void>();
    const answer = deferred<string>();
    const done = latest.run(
      () => answer.promise,
      () => applying.promise,
      () => undefined,
    );

    answer.resolve('A');
    await Promise.resolve();
    await Promise.resolve();
    expect(latest.loading.value).toBe(true);

    applying.resolve();
    expect(await done).toBe(true);
    expect(latest.loading.value).toBe(false);
  });

  it('drops what is on its way when there is nothing to ask for any more', async () => {
    const { latest, shown, failures, load } = harness();
    const answer = deferred<string>();
    const failing = deferred<string>();
    const done = load(answer.promise);
    latest.ignorePending();
    expect(latest.loading.value).toBe(false);
    const failed = load(failing.promise);
    latest.ignorePending();

    answer.resolve('stale');
    failing.reject(new Error('stale failure'));

    expect(await done).toBe(false);
    expect(await failed).toBe(false);
    expect(shown).toEqual([]);
    expect(failures).toEqual([]);
    expect(latest.loading.value).toBe(false);
  });
});
