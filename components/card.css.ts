// The card's styles, scoped to its shadow root. Pixel sizes (not rem) and `all: initial` on the
// host keep page CSS (global `*` rules, odd root font sizes) from reaching it.
export const CARD_CSS = `
:host { all: initial; position: fixed; z-index: 2147483647; top: 0; left: 0; }
* { box-sizing: border-box; }
.card { font: 14px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; width: 320px; max-width: calc(100vw - 16px);
  background: #fff; color: #1b1b1f; border: 1px solid #d4d4d8; border-radius: 10px; padding: 12px 14px;
  box-shadow: 0 8px 28px rgba(0,0,0,.18); animation: in .12s ease-out; text-align: left; letter-spacing: normal; }
@keyframes in { from { opacity: 0; transform: translateY(4px); } to { opacity: 1; transform: none; } }
@media (prefers-reduced-motion: reduce) { .card { animation: none; } }
.head { display: flex; justify-content: space-between; align-items: center; }
.badge { font-size: 11px; text-transform: uppercase; letter-spacing: .06em; padding: 2px 6px; border-radius: 4px; background: #eef; color: #334; }
.kind-official .badge { background: #ffe8b3; color: #5c3b00; }
.kind-person .badge { background: #dcebff; color: #0b3a7a; }
.kind-org .badge { background: #d6f5e6; color: #0d4d2e; }
.name { font-size: 17px; margin: 6px 0 2px; font-weight: 650; }
.role { margin: 0 0 8px; color: #3f3f46; }
.mentions { display: flex; align-items: center; gap: 8px; margin: 6px 0 10px; color: #3f3f46; font-size: 13px; }
button { font: inherit; cursor: pointer; border: 1px solid #a1a1aa; background: transparent; color: inherit; border-radius: 6px; min-width: 28px; height: 28px; }
button:disabled { opacity: .4; cursor: default; }
button:focus-visible, a:focus-visible, .card:focus-visible { outline: 2px solid #2563eb; outline-offset: 2px; }
.close { border: none; font-size: 20px; line-height: 1; }
.sub { font-size: 12px; text-transform: uppercase; letter-spacing: .05em; color: #52525b; margin: 8px 0 4px; font-weight: 600; }
.history { list-style: none; margin: 0; padding: 0; }
.history li { margin: 0 0 6px; }
.history a { color: #1d4ed8; text-decoration: underline; }
.meta { display: block; font-size: 12px; color: #52525b; }
.empty { margin: 0; color: #52525b; font-size: 13px; }
@media (prefers-color-scheme: dark) {
  .card { background: #1f1f23; color: #f4f4f5; border-color: #3f3f46; }
  .role, .mentions { color: #d4d4d8; } .sub, .meta, .empty { color: #a1a1aa; }
  .history a { color: #93c5fd; }
  .kind-official .badge { background: #5c3b00; color: #ffe8b3; }
  .kind-person .badge { background: #0b3a7a; color: #dcebff; }
  .kind-org .badge { background: #0d4d2e; color: #d6f5e6; }
}
`;
