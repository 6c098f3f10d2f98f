/**
 * Articles other than the seed, dropped in at any depth and in other zones,
 * each build at its permalink with its dateline on its own clock.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildProject, makeProject } from '../support/astro.ts';
import { readPage, sourceParagraphs, textOf } from './html.ts';

interface Case {
  file: string;
  text: string;
  page: string;
  datetime: string;
  dateline: string;
  byline: string;
  updated?: [datetime: string, dateline: string];
}

const cases: Case[] = [
  {
    file: 'top-level-story.md',
    text: `---
title: Tram line reopens after flood repairs
date: "2023-09-24T09:15:00"
timezone: Europe/Berlin
author: [Jonas Weber, Mia Schneider]
updated: 2023-09-24T18:40:00+02:00
---

The tram line between the central station and the harbour reopened on Sunday morning after three weeks of repairs.

Engineers replaced two hundred metres of track that the August flood had washed out.

> "We are relieved to have the line back," a commuter said at the first stop.
`,
    // Offset-less time is read on Berlin's clock (UTC+02:00 in September).
    page: '2023/09/24/top-level-story/index.html',
    datetime: '2023-09-24T09:15:00+02:00',
    dateline: '24 September 2023 09:15 (UTC+02:00)',
    byline: 'By Jonas Weber and Mia Schneider',
    updated: ['2023-09-24T18:40:00+02:00', 'Updated 24 September 2023 18:40 (UTC+02:00)'],
  },
  {
    file: '2023/03/very/deep/folder/baku-night.md',
    text: `---
title: Late-night session ends without a vote
date: 2023-03-26T00:30:00+04:00
timezone: Asia/Baku
author: Sabina Mammadli
slug: parliament-late-session
---

The session ended half an hour after midnight without a vote on the budget.
`,
    // 00:30 in Baku is still 25 March in UTC: the permalink keeps Baku's day.
    page: '2023/03/26/parliament-late-session/index.html',
    datetime: '2023-03-26T00:30:00+04:00',
    dateline: '26 March 2023 00:30 (UTC+04:00)',
    byline: 'By Sabina Mammadli',
  },
  {
    file: 'la/new-years-eve.md',
    text: `---
title: Fireworks draw record crowds to the pier
date: 2023-12-31T23:45:00-08:00
timezone: America/Los_Angeles
author: Ana Torres
---

Crowds packed the pier fifteen minutes before midnight.

Police said the evening passed without serious incident.
`,
    // Already 1 January in UTC: the permalink and dateline stay on 31 December.
    page: '2023/12/31/new-years-eve/index.html',
    datetime: '2023-12-31T23:45:00-08:00',
    dateline: '31 December 2023 23:45 (UTC-08:00)',
    byline: 'By Ana Torres',
  },
  {
    file: 'kathmandu/quake-drill.md',
    text: `---
title: Schools hold earthquake drill
date: 2023-05-01T10:00:00
timezone: Asia/Kathmandu
author: Sita Gurung
description: Pupils across the valley practised evacuation.
---

Pupils across the valley practised leaving their classrooms within two minutes.
`,
    page: '2023/05/01/quake-drill/index.html',
    datetime: '2023-05-01T10:00:00+05:45',
    dateline: '1 May 2023 10:00 (UTC+05:45)',
    byline: 'By Sita Gurung',
  },
];

const draft = `---
title: Not ready
date: 2023-05-02T10:00:00+00:00
timezone: UTC
author: Editor
draft: true
---

This must not be published.
`;

describe('other articles at any depth and in other zones', () => {
  let dist = '';
  beforeAll(() => {
    const root = makeProject('other-articles', {
      ...Object.fromEntries(cases.map((c) => [c.file, c.text])),
      'drafts/not-ready.md': draft,
    });
    const { status, output } = buildProject(root);
    expect(status, output).toBe(0);
    dist = join(root, 'dist');
  });

  it.each(cases)('$file is at $page with its own dateline', (c) => {
    const { doc } = readPage(c.page, dist);
    const article = doc.querySelector('main article')!;
    const time = article.querySelector('.dateline time');
    expect(time?.getAttribute('datetime')).toBe(c.datetime);
    expect(textOf(time)).toBe(c.dateline);
    expect(textOf(article.querySelector('.byline'))).toBe(c.byline);
    if (c.updated) {
      const updated = article.querySelectorAll('.dateline')[1];
      expect(updated?.querySelector('time')?.getAttribute('datetime')).toBe(c.updated[0]);
      expect(textOf(updated)).toBe(c.updated[1]);
    } else {
      expect(article.querySelectorAll('.dateline')).toHaveLength(1);
    }
    const body = textOf(article.querySelector('.article-body'));
    let from = 0;
    for (const paragraph of sourceParagraphs(c.text).map((p) => p.replace(/^> /, ''))) {
      const at = body.indexOf(paragraph, from);
      expect(at, paragraph).toBeGreaterThanOrEqual(from);
      expect(body.indexOf(paragraph, at + 1)).toBe(-1);
      from = at + paragraph.length;
    }
  });

  it('shows no "At a glance" box for a story without dates, figures, quotes or places', () => {
    const { doc } = readPage('2023/05/01/quake-drill/index.html', dist);
    expect(doc.querySelector('.at-a-glance')).toBeNull();
    // …while a story with a quote and places has one.
    expect(readPage('2023/09/24/top-level-story/index.html', dist).doc.querySelector('.at-a-glance')).not.toBeNull();
  });

  it('leaves drafts out of the build', () => {
    expect(existsSync(join(dist, '2023/05/02/not-ready/index.html'))).toBe(false);
    expect(readPage('index.html', dist).html).not.toContain('Not ready');
  });

  it('lists every article newest first on the front page', () => {
    const { doc } = readPage('index.html', dist);
    const links = doc.querySelectorAll('.article-list h2 a').map((a) => a.getAttribute('href'));
    expect(links).toEqual([
      '/2023/12/31/new-years-eve/',
      '/2023/09/24/top-level-story/',
      '/2023/05/01/quake-drill/',
      '/2023/03/26/parliament-late-session/',
    ]);
  });
});
