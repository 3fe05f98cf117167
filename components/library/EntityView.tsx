// One person or organisation across the library: every article that mentions them and the
// roles they were given, oldest first, so a change of office shows.
import { useEffect, useState } from 'preact/hooks';
import { sendMessage, type EntityPage } from '@/utils/messages';
import { formatDate } from '../format';

export function EntityView({ entityKey }: { entityKey: string }) {
  const [page, setPage] = useState<EntityPage | null | undefined>(undefined);
  useEffect(() => void sendMessage('entityPage', { key: entityKey }).then(setPage, () => setPage(null)), [entityKey]);
  return (
    <main>
      <p>
        <a href="#">← All articles</a>
      </p>
      {page === undefined && <p aria-busy="true">Loading…</p>}
      {page === null && <p>Nothing in your library mentions “{entityKey}”.</p>}
      {page && (
        <>
          <h1>{page.name}</h1>
          <p class="meta">
            {page.kind === 'org' ? 'Organisation' : page.kind === 'official' ? 'Official' : 'Person'} · in {page.articles.length} article
            {page.articles.length === 1 ? '' : 's'}
          </p>
          <ul aria-label="Articles mentioning this entity">
            {page.articles.map((a) => (
              <li key={a.id}>
                <a href={a.url ?? '#'} target="_blank" rel="noopener noreferrer">
                  {a.title}
                </a>
                <span class="meta"> {[a.publisher, formatDate(a.published)].filter(Boolean).join(' · ')}</span>
                {(a.role || a.affiliation) && <span class="role"> — {[a.role, a.affiliation].filter(Boolean).join(', ')}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </main>
  );
}
