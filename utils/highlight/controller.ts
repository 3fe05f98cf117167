// Ties the page's highlights together: anchors the analysis, paints it, answers hover and
// keyboard with the entity card, and cleans everything up when the article changes.
import type { PageResult } from '../messages';
import type { EntityKind } from '../settings';
import { anchorAll, byKind, type Painted } from './entities';
import type { Block } from './anchor';
import { paint, clear, flash } from './paint';
import { HitTester } from './hit';
import { CardHost } from './card-host';

const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

export class Highlighter {
  private painted: Painted[] = [];
  private result: PageResult | null = null;
  private blocks: Block[] | null = null;
  private hit: HitTester | null = null;
  private card = new CardHost();
  private current = -1;
  private visible: Record<EntityKind, boolean> = { official: true, person: true, org: true };
  private abort: AbortController | null = null;

  /**
   * Paint an analysis. With `root`, it is an article appended below the others (infinite
   * scroll): its highlights join the ones already there instead of replacing them.
   */
  attach(result: PageResult, blocks: Block[], visible: Record<EntityKind, boolean>, root?: Element): void {
    if (!root) {
      this.clear();
      this.blocks = blocks;
    }
    this.visible = visible;
    const added = anchorAll(root ?? document.body ?? document.documentElement, result.analysis, blocks);
    this.painted = root ? [...this.painted, ...added] : added;
    // The card's history merges both articles' entity histories.
    this.result = root && this.result ? { ...result, history: { ...this.result.history, ...result.history } } : result;
    this.hit = new HitTester(this.painted);
    this.repaint();
    if (!this.abort) this.listen();
  }

  /** The library's part, which arrives after the highlights: earlier articles for the card. */
  addHistory(history: PageResult['history']): void {
    if (this.result) this.result = { ...this.result, history: { ...this.result.history, ...history } };
  }

  /** True when the page re-rendered the article: the live ranges of removed text collapse. */
  stale(): boolean {
    return this.painted.some((p) => p.range.collapsed || !p.range.startContainer.isConnected);
  }

  /** Anchor the same analysis again in the re-rendered page, without analysing again. */
  reanchor(): void {
    if (!this.result || !this.blocks) return;
    const { result, blocks, visible } = this;
    this.attach(result, blocks, visible);
  }

  setVisible(visible: Record<EntityKind, boolean>): void {
    this.visible = visible;
    this.repaint();
    if (!this.shown().length) this.card.hide();
  }

  clear(): void {
    this.abort?.abort();
    this.abort = null;
    this.card.hide();
    clear();
    this.painted = [];
    this.hit = null;
    this.current = -1;
  }

  /** Scroll to an entity's first mention and flash it (from the popup's who's who). */
  reveal(key: string): boolean {
    const i = this.painted.findIndex((p) => p.entity.key === key);
    if (i < 0) return false;
    this.focusMention(i, false);
    return true;
  }

  private repaint(): void {
    paint(byKind(this.painted), this.visible);
  }

  private shown(): Painted[] {
    return this.painted.filter((p) => this.visible[p.entity.kind]);
  }

  private listen(): void {
    this.abort = new AbortController();
    const signal = this.abort.signal;
    let frame = 0;
    // Hover: hit-test at most once a frame, and only while highlights are shown.
    document.addEventListener(
      'mousemove',
      (e) => {
        if (frame || !this.shown().length) return;
        frame = requestAnimationFrame(() => {
          frame = 0;
          if (this.card.contains(e.target)) return;
          const p = this.hit?.at(e.clientX, e.clientY);
          if (p && this.visible[p.entity.kind]) this.showCard(this.painted.indexOf(p), false);
          else if (this.card.open && this.current >= 0) this.card.hide();
        });
      },
      { passive: true, signal },
    );
    // Keyboard: Alt+Shift+N / Alt+Shift+P move through the highlighted names; Escape closes.
    document.addEventListener(
      'keydown',
      (e) => {
        if (e.key === 'Escape' && this.card.open) {
          this.card.hide();
          return;
        }
        if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey) return;
        const k = e.code === 'KeyN' ? 1 : e.code === 'KeyP' ? -1 : 0;
        if (!k) return;
        const shown = this.shown();
        if (!shown.length) return;
        e.preventDefault();
        const at = shown.indexOf(this.painted[this.current]);
        const next = shown[(at + k + shown.length) % shown.length] ?? shown[0];
        this.focusMention(this.painted.indexOf(next), true);
      },
      { signal },
    );
    window.addEventListener('scroll', () => this.card.open && this.card.hide(), { passive: true, signal });
  }

  private focusMention(i: number, focusCard: boolean): void {
    const p = this.painted[i];
    if (!p) return;
    const rect = p.range.getBoundingClientRect();
    if (rect.top < 0 || rect.bottom > window.innerHeight) {
      window.scrollBy({ top: rect.top - window.innerHeight / 3, behavior: reducedMotion() ? 'auto' : 'smooth' });
    }
    flash(p.range, reducedMotion());
    // Wait for the scroll to settle before placing the card.
    setTimeout(() => this.showCard(i, focusCard), reducedMotion() ? 0 : 350);
  }

  private showCard(i: number, focus: boolean): void {
    const p = this.painted[i];
    if (!p || !this.result) return;
    this.current = i;
    const same = this.painted.filter((q) => q.entity.key === p.entity.key);
    this.card.show(
      {
        entity: p.entity,
        nth: p.nth,
        total: same.length,
        history: this.result.history[p.entity.key] ?? [],
        onStep: (d) => {
          const next = same[(p.nth + d + same.length) % same.length];
          this.focusMention(this.painted.indexOf(next), true);
        },
        onClose: () => this.card.hide(),
      },
      p.range.getBoundingClientRect(),
      focus,
    );
  }
}
