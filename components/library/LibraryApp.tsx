// The reader's archive: every stored article, searchable and sortable; an entity page for each
// person and organisation (#entity=<key>); delete, clear, export and import.
import { useEffect, useState } from 'preact/hooks';
import { sendMessage, type ArticleRef, type LibraryQuery } from '@/utils/messages';
import { formatDate } from '../format';
import { EntityView } from './EntityView';
import { Transfer } from './Transfer';

const entityFromHash = () => new URLSearchParams(location.hash.slice(1)).get('entity');

export function LibraryApp() {
  const [entity, setEntity] = useState<string | null>(entityFromHash());
  const [query, setQuery] = useState<LibraryQuery>({ search: '', sort: 'savedAt' });
  const [articles, setArticles] = useState<ArticleRef[] | null>(null);
  const [status, setStatus] = useState('');
  const [version, setVersion] = useState(0);

  useEffect(() => {
    const onHash = () => setEntity(entityFromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => {
    let stop = false;
    sendMessage('listArticles', query)
      .then((a) => !stop && setArticles(a))
      .catch((e) => setStatus(`Could not read the library: ${(e as Error).message}`));
    return () => void (stop = true);
  }, [query, version]);

  const refresh = (message: string) => {
    setStatus(message);
    setVersion((v) => v + 1);
  };

  if (entity) return <EntityView entityKey={entity} />;
  return (
    <main>
      <h1>Your Dossier library</h1>
      <p class="meta">Everything here stays on this computer.</p>
      <div class="bar" role="search">
        <label>
          Search{' '}
          <input type="search" value={query.search} onInput={(e) => setQuery({ ...query, search: e.currentTarget.value })} aria-label="Search titles, outlets and names" />
        </label>
        <label>
          Sort by{' '}
          <select value={query.sort} onChange={(e) => setQuery({ ...query, sort: e.currentTarget.value as LibraryQuery['sort'] })}>
            <option value="savedAt">Date read</option>
            <option value="published">Date published</option>
            <option value="publisher">Outlet</option>
          </select>
        </label>
      </div>
      <p role="status" aria-live="polite">{status}</p>
      {articles === null ? (
        <p aria-busy="true">Loading…</p>
      ) : articles.length === 0 ? (
        <p>No articles yet. Read a news article with Dossier installed and it appears here.</p>
      ) : (
        <ul class="articles" aria-label="Articles">
          {articles.map((a) => (
            <li key={a.id}>
              <a href={a.url ?? '#'} target="_blank" rel="noopener noreferrer">
                {a.title}
              </a>
              <span class="meta"> {[a.publisher, formatDate(a.published), `read ${formatDate(new Date(a.savedAt).toISOString())}`].filter(Boolean).join(' · ')} </span>
              <button
                type="button"
                aria-label={`Delete ${a.title}`}
                onClick={async () => {
                  await sendMessage('deleteArticle', { id: a.id });
                  refresh(`Deleted “${a.title}”.`);
                }}
              >
                Delete
              </button>
            </li>
          ))}
        </ul>
      )}
      <Transfer onDone={refresh} />
    </main>
  );
}
