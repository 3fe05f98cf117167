// The reader's switches: highlighting everywhere, on this site and per kind; recording paused;
// this site never recorded. Saved at once and sent to the page.
import { useEffect, useState } from 'preact/hooks';
import { getSettings, updateSettings, hostOf, type Settings, type EntityKind } from '@/utils/settings';
import { sendMessage } from '@/utils/messages';

const KINDS: [EntityKind, string][] = [
  ['official', 'Officials'],
  ['person', 'Other people'],
  ['org', 'Organisations'],
];

const toggle = (list: string[], item: string, on: boolean) => (on ? [...new Set([...list, item])] : list.filter((x) => x !== item));

export function Controls({ tabId, url }: { tabId: number; url: string | null }) {
  const [s, setS] = useState<Settings | null>(null);
  useEffect(() => void getSettings().then(setS), []);
  if (!s) return null;
  const host = hostOf(url);
  const change = async (patch: Partial<Settings>) => {
    const next = await updateSettings(patch);
    setS(next);
    await sendMessage('settingsChanged', next, tabId).catch(() => {});
  };
  return (
    <section aria-labelledby="settings">
      <h2 id="settings">Settings</h2>
      <fieldset>
        <legend>Highlighting</legend>
        <label>
          <input type="checkbox" checked={s.highlight} onChange={(e) => change({ highlight: e.currentTarget.checked })} /> Highlight names on articles
        </label>
        {host && (
          <label>
            <input
              type="checkbox"
              checked={!s.noHighlightSites.includes(host)}
              disabled={!s.highlight}
              onChange={(e) => change({ noHighlightSites: toggle(s.noHighlightSites, host, !e.currentTarget.checked) })}
            />{' '}
            Highlight on {host}
          </label>
        )}
        {KINDS.map(([k, label]) => (
          <label key={k}>
            <input type="checkbox" checked={s.kinds[k]} disabled={!s.highlight} onChange={(e) => change({ kinds: { ...s.kinds, [k]: e.currentTarget.checked } })} /> {label}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Library</legend>
        <label>
          <input type="checkbox" checked={s.paused} onChange={(e) => change({ paused: e.currentTarget.checked })} /> Pause recording
        </label>
        {host && (
          <label>
            <input
              type="checkbox"
              checked={s.neverRecordSites.includes(host)}
              onChange={(e) => change({ neverRecordSites: toggle(s.neverRecordSites, host, e.currentTarget.checked) })}
            />{' '}
            Never record {host}
          </label>
        )}
      </fieldset>
    </section>
  );
}
