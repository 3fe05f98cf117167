performance.mark('dossier:start');
// first-look is imported first so that its reads start before the rest of the code evaluates.
import { firstLook } from '@/components/popup/first-look';
import { render } from 'preact';
import { App } from '@/components/popup/App';

void firstLook.then((first) => render(<App first={first} />, document.getElementById('app')!));
