// The summary of one analysed article.
import browser from 'webextension-polyfill';
import type { PopupAnalysis, PopupResult } from '@/utils/messages';
import { sendMessage } from '@/utils/messages';
import { formatDate, readingMinutes } from '../format';
import { Related } from './Related';

export function ArticleView({ state, tabId }: { state: PopupResult & { url: string }; tabId: number }) {
  const { analysis: a } = state;
  const m = a.article;
  const officials = a.people.filter((p) => p.official);
  const others = a.people.filter((p) => !p.official);
  const reveal = (key: string) => void sendMessage('revealEntity', { tabId, key }).catch(() => {});
  const entityLink = (key: string, name: string) => (
    <a class="entity-link" href={browser.runtime.getURL(`/library.html#entity=${encodeURIComponent(key)}`)} target="_blank" rel="noopener" aria-label={`Every article in your library about ${name}`} title="In your library">
      ↗
    </a>
  );
  const person = (p: PopupAnalysis['people'][number]) => (
    <li key={p.key}>
      <button type="button" class="linklike" onClick={() => reveal(p.key)}>
        {p.name}
      </button>
      {(p.role || p.affiliation) && <span class="role">, {[p.role, p.affiliation].filter(Boolean).join(', ')}</span>}{' '}
      <span class="meta">({p.count}×)</span> {entityLink(p.key, p.name)}
    </li>
  );
  return (
    <article aria-label="Article summary">
      <h1>{m.title}</h1>
      <p class="meta">
        {[m.publisher, formatDate(m.published, true), m.byline.length ? `by ${m.byline.join(', ')}` : null, `${readingMinutes(m.wordCount)} min read`]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {state.notice && <p class="notice" role="status">{state.notice}</p>}
      {a.summary.keyPoints.length > 0 && (
        <section aria-labelledby="kp">
          <h2 id="kp">Key points</h2>
          <ol class="points">
            {a.summary.keyPoints.map((k) => (
              <li key={k}>{k}</li>
            ))}
          </ol>
        </section>
      )}
      <section aria-labelledby="who">
        <h2 id="who">Who's who</h2>
        {officials.length > 0 && (
          <>
            <p class="chip official">Officials</p>
            <ul data-kind="officials">{officials.map(person)}</ul>
          </>
        )}
        {others.length > 0 && (
          <>
            <p class="chip person">People</p>
            <ul data-kind="people">{others.map(person)}</ul>
          </>
        )}
        {a.organisations.length > 0 && (
          <>
            <p class="chip org">Organisations</p>
            <ul data-kind="organisations">
              {a.organisations.map((o) => (
                <li key={o.key}>
                  <button type="button" class="linklike" onClick={() => reveal(o.key)}>
                    {o.name}
                  </button>{' '}
                  <span class="meta">({o.count}×)</span> {entityLink(o.key, o.name)}
                </li>
              ))}
            </ul>
          </>
        )}
        {!a.people.length && !a.organisations.length && <p class="meta">No named people or organisations found.</p>}
      </section>
      {a.summary.quotes.length > 0 && (
        <section aria-labelledby="quotes">
          <h2 id="quotes">Quotes</h2>
          {a.summary.quotes.map((q, i) => (
            <blockquote key={i}>
              “{q.text}” <span class="speaker">— {q.speaker}</span>
            </blockquote>
          ))}
        </section>
      )}
      <Related items={state.related} pending={state.libraryPending} />
    </article>
  );
}
