// Related coverage: earlier articles on the same story, best first, with what they share.
import type { RelatedItem } from '@/utils/messages';
import { formatDate } from '../format';

export function Related({ items, pending }: { items: RelatedItem[]; pending?: boolean }) {
  return (
    <section aria-labelledby="related">
      <h2 id="related">Related coverage</h2>
      {pending ? (
        <p class="meta" aria-busy="true">Looking in your library…</p>
      ) : items.length === 0 ? (
        <p class="meta">No earlier article in your library shares this story yet. It grows as you read.</p>
      ) : (
        <ul class="related">
          {items.map((r) => (
            <li key={r.id}>
              <a href={r.url ?? '#'} target="_blank" rel="noopener noreferrer">
                {r.title}
              </a>
              <p class="meta">{[r.publisher, formatDate(r.published)].filter(Boolean).join(' · ')}</p>
              <p>
                {r.shared.slice(0, 8).map((s) => (
                  <span key={s.key} class={`chip ${s.kind === 'org' ? 'org' : s.kind === 'official' ? 'official' : 'person'}`}>
                    {s.name}
                  </span>
                ))}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
