const $ = (id) => document.getElementById(id);
function update() {
  const preview = $('preview');
  const attributes = { lang: $('c-lang').value, 'target-group': $('c-group').value, topic: $('c-topic').value };
  for (const [name, value] of Object.entries(attributes)) {
    if (value) preview.setAttribute(name, value);
    else preview.removeAttribute(name);
  }
  preview.style.setProperty('--campus-accent', $('c-accent').value);
  const attrs = Object.entries(attributes).filter(([, v]) => v).map(([k, v]) => ` ${k}="${v}"`).join('');
  const style = $('c-accent').value !== '#0b5394' ? ` style="--campus-accent: ${$('c-accent').value}"` : '';
  $('c-snippet').value = `<script src="${location.origin}/widget.js" defer></script>\n<campus-catalogue${attrs}${style}></campus-catalogue>`;
  const query = new URLSearchParams(Object.entries(attributes).filter(([, v]) => v)).toString();
  $('c-embed').href = `/embed${query ? `?${query}` : ''}`;
  $('c-embed').textContent = `<iframe src="${location.origin}/embed${query ? `?${query}` : ''}" title="Digital Campus Leipzig – Katalog" width="100%" height="900"></iframe>`;
}
$('configurator').addEventListener('input', update);
$('c-copy').addEventListener('click', async () => {
  $('c-snippet').select();
  try { await navigator.clipboard.writeText($('c-snippet').value); $('c-status').textContent = 'Kopiert.'; } catch { $('c-status').textContent = 'Bitte markieren und kopieren (Strg+C).'; }
});
update();
