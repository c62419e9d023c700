import { describe, expect, it } from 'vitest';
import { CursorTrail } from '../../web/src/views/archive/cursor-trail';

describe('paging back and forth over next-page cursors', () => {
  it('starts on page 1 with nothing before or after it', () => {
    const trail = new CursorTrail();

    expect([trail.page, trail.hasPrevious, trail.hasNext, trail.current]).toEqual([1, false, false, undefined]);
  });

  it('goes forward with the cursor each page gave, and back with the one remembered', () => {
    const trail = new CursorTrail();
    trail.loaded('c2');
    expect(trail.nextCursor).toBe('c2');

    trail.forward();
    trail.loaded('c3');
    expect([trail.page, trail.current, trail.previousCursor]).toEqual([2, 'c2', undefined]);

    trail.forward();
    trail.loaded(null);
    expect([trail.page, trail.current, trail.previousCursor, trail.hasNext]).toEqual([3, 'c3', 'c2', false]);

    trail.back();
    trail.loaded('c3');
    expect([trail.page, trail.current, trail.hasNext]).toEqual([2, 'c2', true]);
  });

  it('does not move past either end', () => {
    const trail = new CursorTrail();
    trail.back();
    trail.forward();

    expect(trail.page).toBe(1);
  });

  it('starts over on reset', () => {
    const trail = new CursorTrail();
    trail.loaded('c2');
    trail.forward();
    trail.reset();

    expect([trail.page, trail.hasNext, trail.current]).toEqual([1, false, undefined]);
  });
});
