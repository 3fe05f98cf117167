// The recogniser runs once per article, so in the service worker its code seldom gets hot:
// measured in headless Chromium, a 600-word article took 20-65 ms there (and 235 ms on a
// worker's first article, loading the model) against 2-3 ms in a long-running Node process.
// While the page extracts its article (40 ms or more after the cheap test passed), the worker
// is idle: it recognises a short text of its own then, so the model is loaded and the hottest
// loops are compiled before the real text arrives. Once per worker lifetime. Loading the model
// is most of it (130-170 ms here, so a fast page's text can still wait on it); three runs
// instead of one made no difference that this machine could measure.
import { analyzeText } from '../analyze';

// Written for this purpose; it touches titles, appositives, bodies, quotes and short forms.
const TEXT = `Harbour ministers agree on joint patrols

TALLINN — Estonian Foreign Minister Marten Kask and Latvian Prime Minister Arvids Kalns agreed on Friday to share harbour surveillance data, the Baltic Maritime Council said in a statement.
"We will watch the harbours together," Kask told reporters after the meeting at the Nordvik Shipping Company offices. Kalns said the plan would start in May.
Ingrid Solberg, director-general of the Institute of Harbour Studies, said the United Nations should follow. The council, which meets twice a year, will review the patrols in December.`;

let warmed = false;

export function warmUp(): void {
  if (warmed) return;
  warmed = true;
  try {
    analyzeText({ text: TEXT, url: 'https://warm-up.invalid/harbour-ministers-agree-on-joint-patrols' });
  } catch {
    // Only a head start: the real analysis reports its own errors.
  }
}
