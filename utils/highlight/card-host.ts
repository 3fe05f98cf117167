// Hosts the entity card in a closed shadow root: the page's scripts can see that a host
// element exists but cannot read the reader's history inside it, and page CSS cannot reach in.
import { h, render } from 'preact';
import { EntityCard, type CardProps } from '@/components/EntityCard';
import { CARD_CSS } from '@/components/card.css';

export class CardHost {
  private host: HTMLElement | null = null;
  private root: ShadowRoot | null = null;
  private mount: HTMLElement | null = null;
  open = false;

  private ensure(): HTMLElement {
    if (this.mount) return this.mount;
    this.host = document.createElement('dossier-card');
    this.root = this.host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = CARD_CSS;
    this.mount = document.createElement('div');
    this.root.append(style, this.mount);
    return this.mount;
  }

  show(props: CardProps, anchor: DOMRect, focus: boolean): void {
    const mount = this.ensure();
    if (!this.host!.isConnected) document.documentElement.append(this.host!);
    render(h(EntityCard, props), mount);
    // Below the name when there is room, else above; always inside the viewport.
    const width = Math.min(320, window.innerWidth - 16);
    const left = Math.max(8, Math.min(anchor.left, window.innerWidth - width - 8));
    const cardHeight = (mount.firstElementChild as HTMLElement | null)?.offsetHeight ?? 200;
    const below = anchor.bottom + 6;
    const top = below + cardHeight > window.innerHeight && anchor.top - cardHeight - 6 > 0 ? anchor.top - cardHeight - 6 : below;
    this.host!.style.setProperty('transform', `translate(${left}px, ${Math.max(8, top)}px)`);
    this.open = true;
    if (focus) (mount.firstElementChild as HTMLElement | null)?.focus();
  }

  contains(target: EventTarget | null): boolean {
    return !!this.host && target === this.host;
  }

  hide(): void {
    if (!this.open) return;
    this.open = false;
    if (this.mount) render(null, this.mount);
    this.host?.remove();
  }
}
