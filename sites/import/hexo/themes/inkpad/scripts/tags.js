/* global hexo */
// The tags this theme offers to posts, in the forms NexT and Butterfly document, so that posts written for
// those themes build here too. Each renders plain HTML; the theme's stylesheet does the rest.
'use strict';

const escape = (text) => String(text).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
const markdown = (content) => hexo.render.renderSync({ text: content, engine: 'markdown' });

hexo.extend.tag.register('note', (args, content) =>
  `<div class="note ${escape(args.join(' '))}">${markdown(content)}</div>`, { ends: true });

hexo.extend.tag.register('tabs', (args, content) => {
  const panes = content.split(/<!--\s*tab\s*([^>]*?)\s*-->/).slice(1);
  let html = '';
  for (let i = 0; i < panes.length; i += 2) {
    html += `<section class="tab"><h4>${escape(panes[i])}</h4>${markdown(panes[i + 1].replace(/<!--\s*endtab\s*-->/, ''))}</section>`;
  }
  return `<div class="tabs" id="${escape(args[0] || 'tabs')}">${html}</div>`;
}, { ends: true });

hexo.extend.tag.register('label', (args) => {
  const [kind, text] = args.join(' ').split('@');
  return `<mark class="label ${escape(kind)}">${escape(text || '')}</mark>`;
});

hexo.extend.tag.register('button', (args) => {
  const [url, text] = args.join(' ').split(',').map((part) => part.trim());
  return `<a class="btn" href="${escape(url)}">${escape(text || url)}</a>`;
});

hexo.extend.tag.register('cq', (args, content) => `<blockquote class="centerquote">${markdown(content)}</blockquote>`, { ends: true });

hexo.extend.tag.register('folding', (args, content) => {
  const title = args.join(' ').split(',').pop().trim();
  return `<details class="folding"><summary>${escape(title)}</summary>${markdown(content)}</details>`;
}, { ends: true });

hexo.extend.tag.register('hideToggle', (args, content) =>
  `<details class="toggle"><summary>${escape(args.join(' ').split(',')[0])}</summary>${markdown(content)}</details>`, { ends: true });
