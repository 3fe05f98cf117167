// Export to a JSON file, import it back (merged, without duplicates), clear everything.
import { useState } from 'preact/hooks';
import { sendMessage } from '@/utils/messages';

export function Transfer({ onDone }: { onDone: (message: string) => void }) {
  const [confirming, setConfirming] = useState(false);
  const exportFile = async () => {
    const json = await sendMessage('exportLibrary');
    const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `dossier-library-${new Date().toISOString().slice(0, 10)}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    onDone('Library exported.');
  };
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      const r = await sendMessage('importLibrary', { json: await file.text() });
      onDone(`Imported: ${r.added} new, ${r.updated} updated${r.skipped ? `, ${r.skipped} unreadable records skipped` : ''}.`);
    } catch (e) {
      onDone(`Could not import ${file.name}: ${(e as Error).message}`);
    }
  };
  return (
    <section aria-labelledby="transfer">
      <h2 id="transfer">Export and import</h2>
      <p>
        <button type="button" onClick={exportFile}>
          Export library
        </button>{' '}
        <label>
          Import a library file <input type="file" accept="application/json,.json" onChange={(e) => importFile(e.currentTarget.files?.[0])} />
        </label>
      </p>
      <p>
        {confirming ? (
          <>
            Delete every article?{' '}
            <button
              type="button"
              onClick={async () => {
                await sendMessage('clearLibrary');
                setConfirming(false);
                onDone('Library cleared.');
              }}
            >
              Yes, clear everything
            </button>{' '}
            <button type="button" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </>
        ) : (
          <button type="button" onClick={() => setConfirming(true)}>
            Clear library…
          </button>
        )}
      </p>
    </section>
  );
}
