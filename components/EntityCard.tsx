// The card shown over a highlighted name: who, role, mentions here, and earlier articles in
// the reader's library. Rendered inside a closed shadow root (see utils/highlight/card-host).
import type { ArticleRef } from '@/utils/messages';
import type { EntityRef } from '@/utils/highlight/entities';
import { formatDate } from './format';

export interface CardProps {
  entity: EntityRef;
  nth: number;
  total: number;
  history: ArticleRef[];
  onStep: (delta: number) => void;
  onClose: () => void;
}

const KIND_LABEL = { official: 'Official', person: 'Person', org: 'Organisation' } as const;

export function EntityCard({ entity, nth, total, history, onStep, onClose }: CardProps) {
  const role = [entity.role, entity.affiliation].filter(Boolean).join(', ');
  return (
    <div class={`card kind-${entity.kind}`} role="dialog" aria-label={`${entity.name}: Dossier card`} tabIndex={-1}>
      <div class="head">
        <span class="badge">{KIND_LABEL[entity.kind]}</span>
        <button class="close" type="button" aria-label="Close card" onClick={onClose}>
          ×
        </button>
      </div>
      <h2 class="name">{entity.name}</h2>
      {role && <p class="role">{role}</p>}
      <div class="mentions" aria-live="polite">
        <button type="button" aria-label="Previous mention" disabled={total < 2} onClick={() => onStep(-1)}>
          ‹
        </button>
        <span>
          Mention {nth + 1} of {total} in this article
        </span>
        <button type="button" aria-label="Next mention" disabled={total < 2} onClick={() => onStep(1)}>
          ›
        </button>
      </div>
      <h3 class="sub">Earlier in your library</h3>
      {history.length ? (
        <ul class="history">
          {history.slice(0, 5).map((h) => (
            <li key={h.id}>
              <a href={h.url ?? '#'} target="_blank" rel="noreferrer noopener">
                {h.title}
              </a>
              <span class="meta">{[h.publisher, formatDate(h.published)].filter(Boolean).join(' · ')}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p class="empty">Not in any article you read before.</p>
      )}
    </div>
  );
}
