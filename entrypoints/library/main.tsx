import { render } from 'preact';
import { LibraryApp } from '@/components/library/LibraryApp';

render(<LibraryApp />, document.getElementById('app')!);
