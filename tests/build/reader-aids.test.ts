/** The seed's "At a glance" aside on the built page: exactly what the story says. */
import { describe, expect, it } from 'vitest';
import { readPage, textOf } from './html.ts';

const { doc } = readPage('2022/07/27/azerbaijani-serviceman-injured-in-landmine-blast-in-kalbajar/index.html');
const aside = doc.querySelector('aside.at-a-glance')!;
const section = (title: string) =>
  aside.querySelectorAll('section').find((s) => textOf(s.querySelector('h3')) === title);

describe('the seed article at a glance', () => {
  it('has a timeline of the dated events in date order, each linked to its paragraph, ending with publication', () => {
    const entries = section('Timeline')!
      .querySelectorAll('li')
      .map((li) => ({
        date: li.querySelector('time')?.getAttribute('datetime'),
        text: textOf(li),
        href: li.querySelector('a')?.getAttribute('href') ?? null,
      }));
    expect(entries).toEqual([
      {
        date: '2020-11-10',
        text: '10 November 2020: Azerbaijan and Armenia signed a Russian-brokered peace agreement',
        href: '#p-11',
      },
      { date: '2022-06-12', text: '12 June 2022: Azerbaijan handed over 15 Armenian prisoners', href: '#p-9' },
      {
        date: '2022-07-03',
        text: '3 July 2022: Armenia submitted to Azerbaijan maps of about 92,000 anti-tank and anti-personnel mines',
        href: '#p-10',
      },
      {
        date: '2022-07-26',
        text: '26 July 2022 (evening): Azerbaijani serviceman was injured in a landmine blast in the liberated Kalbajar District',
        href: '#p-1',
      },
      { date: '2022-07-27', text: '27 July 2022: Published', href: null },
    ]);
    // Every linked paragraph exists on the page and says what the entry says it does.
    expect(textOf(doc.querySelector('#p-9'))).toContain('on June 12');
    expect(textOf(doc.querySelector('#p-11'))).toContain('November 10, 2020');
  });

  it('lists the key figures with what they count', () => {
    expect(
      section('Key figures')!
        .querySelectorAll('li')
        .map((li) => textOf(li)),
    ).toEqual([
      '15 Armenian prisoners',
      '97,000 mines (Aghdam)',
      'about 92,000 anti-tank and anti-personnel mines (Fuzuli and Zangilan)',
    ]);
  });

  it('says who said what, linked to the paragraphs', () => {
    const quotes = section('Who said what')!
      .querySelectorAll('li')
      .map((li) => [textOf(li.querySelector('.speaker')), li.querySelector('a')?.getAttribute('href')]);
    expect(quotes).toEqual([
      ["Azerbaijan's Defense Ministry:", '#p-5'],
      ["Kalbajar military prosecutor's office:", '#p-7'],
    ]);
  });

  it('names the places, each linked to its place page', () => {
    const places = section('Places')!
      .querySelectorAll('a')
      .map((a) => [textOf(a), a.getAttribute('href')]);
    expect(places).toEqual([
      ['Kalbajar District', '/places/kalbajar-district/'],
      ['Jamilli', '/places/jamilli/'],
      ['Aghdam', '/places/aghdam/'],
      ['Fuzuli', '/places/fuzuli/'],
      ['Zangilan', '/places/zangilan/'],
      ['Karabakh', '/places/karabakh/'],
    ]);
  });

  it('gives the places to search engines as contentLocation', () => {
    const data = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent);
    expect(data.contentLocation.map((p: { name: string }) => p.name)).toEqual([
      'Kalbajar District',
      'Jamilli',
      'Aghdam',
      'Fuzuli',
      'Zangilan',
      'Karabakh',
    ]);
    expect(data.contentLocation[0]).toEqual({
      '@type': 'Place',
      name: 'Kalbajar District',
      url: 'http://localhost:4321/places/kalbajar-district/',
    });
  });
});
