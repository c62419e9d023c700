/**
 * Back-and-forth paging over an API that only gives a cursor to the next page: remembers the cursor
 * of every page seen so far, so "previous" can ask for a page again. Page 1 has no cursor.
 */
export class CursorTrail {
  private cursors: (string | undefined)[] = [undefined];
  private next: string | null = null;

  /** 1-based number of the page shown. */
  get page(): number {
    return this.cursors.length;
  }

  get hasPrevious(): boolean {
    return this.cursors.length > 1;
  }

  get hasNext(): boolean {
    return this.next !== null;
  }

  /** The cursor that fetches the page shown (for a reload in place). */
  get current(): string | undefined {
    return this.cursors[this.cursors.length - 1];
  }

  get nextCursor(): string | null {
    return this.next;
  }

  get previousCursor(): string | undefined {
    return this.cursors[this.cursors.length - 2];
  }

  /** Back to the first page, e.g. when the filters change. */
  reset(): void {
    this.cursors = [undefined];
    this.next = null;
  }

  /** Records what a fetched page said about the page after it. */
  loaded(nextCursor: string | null): void {
    this.next = nextCursor;
  }

  /** Call once the page at `nextCursor` has been shown. */
  forward(): void {
    if (this.next !== null) this.cursors.push(this.next);
  }

  /** Call once the page at `previousCursor` has been shown. */
  back(): void {
    if (this.cursors.length > 1) this.cursors.pop();
  }
}
