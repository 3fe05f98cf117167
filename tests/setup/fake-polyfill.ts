// In unit tests the extension APIs are WXT's in-memory fake browser, wherever the code
// imports webextension-polyfill.
import { fakeBrowser } from 'wxt/testing';
export default fakeBrowser;
