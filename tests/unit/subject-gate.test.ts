/**
 * The subject gate: a story gets a pack's sections only when it is about the pack's subject, and
 * a second subject is a second data file.
 */
import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../src/markdown/classify-blocks.ts';
import { landmines } from '../../src/subjects/landmines.ts';
import type { SubjectPack } from '../../src/subjects/types.ts';

const classifier = createClassifier([landmines]);
const derives = (title: string, blocks: string[]) => classifier.classify(blocks, new Map(), title) !== null;

describe('the landmine pack decides whether a story is about mines', () => {
  it.each([
    [
      'a blast on a mined road',
      'Two deminers killed by anti-tank mine in Kharkiv region',
      [
        'Two deminers were killed on Monday when an anti-tank mine detonated under their vehicle, the emergency service said.',
        'The service said its teams would continue clearing the road.',
      ],
    ],
    [
      'a one-paragraph brief',
      'Two shepherds wounded by cluster bomb in south Lebanon',
      [
        'Two shepherds were wounded on Sunday when a cluster bomb left over from the 2006 war exploded near Kfar Kila, the army said.',
      ],
    ],
    [
      'minefield records under other names, with no "map" or "exchange"',
      'Baku receives formularies for Kalbajar in return for two servicemen',
      [
        'Azerbaijan has received formularies of minefields laid in the Kalbajar district, the agency said.',
        'In return, two servicemen were handed over at the border.',
        'The deputy chairman said the records were only 25 percent accurate.',
      ],
    ],
    [
      'a landmine that struck miners, in a story full of mining',
      'Coal miner loses leg after stepping on a mine near the pit road',
      [
        'A 46-year-old coal miner lost a leg on Thursday when he trod on a mine on a path above the colliery, the district police said.',
        'The miners use the path to reach the shaft when the road floods, his colleagues said.',
        'Coal mining has grown around the town since the war, and several quarries have opened on former front lines.',
      ],
    ],
    [
      'war leftovers called plainly bombs and explosives, and a bomb buried on a path',
      'Two boys hurt as abandoned mortar bomb explodes in schoolyard',
      [
        'Two boys were hurt on Tuesday when an abandoned mortar bomb they had found behind their school exploded, the district police said.',
        'A bomb disposal team searched the yard and found no other explosives.',
        'Wartime explosives are still found in the hills around the town, where a herder was killed last spring by a bomb buried on a footpath.',
      ],
    ],
  ])('derives sections for %s', (_, title, blocks) => {
    expect(derives(title, blocks)).toBe(true);
  });

  it.each([
    [
      'a property market that is "still a minefield" to "navigate", with no "of" after it',
      'Dubai property rally turns explosive as developers navigate regulatory minefield',
      [
        'Dubai property prices rose for a ninth month in March, extending an explosive run as buyers from Europe and Asia poured in, the land department said.',
        'The rally follows a blast of announcements from the government, which has mapped out a plan to sell plots on the new waterfront.',
        'Developers say the approval process is still a minefield, with three authorities signing off on every tower.',
        'The land department said on Monday it had opened an investigation into suspected price rigging and referred one case to the public prosecution.',
        'Analysts cautioned that the market remains exposed to interest rates.',
      ],
    ],
    [
      'a football match that borrows the words',
      'United edge City in explosive derby',
      [
        'United made an explosive start and a blast from 25 yards gave them the lead.',
        'The injured striker was carried off, and the FA is investigating the referee’s decision, which was a minefield.',
        'City’s manager said his side would appeal against the red card.',
      ],
    ],
    [
      'a coal-mine explosion',
      'Methane blast kills six miners in Silesia',
      [
        'Six miners were killed and nine injured when methane exploded in a coal mine in southern Poland, the mine’s owner said.',
        'Rescuers reached the miners 800 metres underground after a six-hour search of the mine.',
        'Prosecutors opened an investigation into safety at the mine, and the mining authority suspended work at the shaft.',
      ],
    ],
    [
      'a currency story',
      'Lira steadies as central bank maps out swap lines',
      [
        'The central bank mapped out a plan for currency swaps, and the exchange rate steadied.',
        'Analysts called the bond market a minefield for investors.',
      ],
    ],
    [
      'a figure of speech in the headline and the lead, said once each',
      'Hospitals warn of "minefield of paperwork" as new billing rules start',
      [
        'Hospital managers say the new billing rules have turned claims into a minefield of paperwork for small clinics.',
        'The health ministry said the rules would cut fraud and that clinics had been given a year to prepare.',
        'Doctors’ unions plan to raise the issue with the minister next week.',
      ],
    ],
    [
      '"mine" as a pronoun',
      'Quarry row goes to council',
      [
        '"The house is mine and the cracks are real," said a neighbour, a friend of mine since school.',
        'The council will vote on the quarry in June.',
      ],
    ],
  ])('derives nothing for %s', (_, title, blocks) => {
    expect(derives(title, blocks)).toBe(false);
  });

  it('holds a long feature to no more evidence than a short story, and a long business story to as much', () => {
    const scene = (n: number) =>
      `The market in the old town opened at six on day ${n}, and the traders set out their stalls under the plane trees.`;
    const feature = Array.from({ length: 24 }, (_, n) => scene(n));
    for (const n of [2, 12, 22])
      feature[n] = `Deminers cleared another strip of the minefield beside the road on day ${n}, the team leader said.`;
    expect(derives('The last minefield of Kovačevo', feature)).toBe(true);
    const business = Array.from(
      { length: 24 },
      (_, n) => `Shares in the retailer rose on day ${n} as analysts raised their forecasts.`,
    );
    business[3] = 'Analysts called the new tax rules a minefield for smaller firms.';
    business[15] = 'The chief executive said the planning rules were a minefield.';
    expect(derives('Retailer lifts forecast', business)).toBe(false);
  });

  it('derives sections for an off-subject story when the editor pins a kind', () => {
    const kinds = classifier.classify(
      ['United won 2-0 on Saturday.', 'The club was founded in 1878.'],
      new Map([[2, 'background']]),
      'A derby',
    );
    expect(kinds?.[1]).toBe('background');
  });
});

describe('a second subject is a data file', () => {
  const floods: SubjectPack = {
    id: 'floods',
    description: 'River floods.',
    anchors: [{ match: '(flood|floods|flooding|flooded|floodwater|floodwaters)', weight: 2 }],
    otherSenses: [],
    ambiguousAnchors: [],
    kinds: [
      {
        id: 'rising-water',
        title: 'Rising water',
        description: 'The flood itself.',
        speakers: [],
        topics: [{ match: '(rose|burst|flooded)', weight: 2 }],
      },
      {
        id: 'relief',
        title: 'Relief',
        description: 'Help for those hit.',
        speakers: [],
        topics: [{ match: '(aid|shelter|shelters|relief)', weight: 2 }],
        fallback: true,
      },
    ],
  };
  const both = createClassifier([landmines, floods]);

  it('gives a flood story the flood kinds and a mine story the mine kinds', () => {
    const flood = both.classify(
      [
        'The river burst its banks on Monday and floodwaters flooded 300 homes.',
        'Volunteers opened shelters and handed out aid to families hit by the flood.',
      ],
      new Map(),
      'Floods swamp river towns',
    );
    expect(flood).toEqual(['rising-water', 'relief']);
    const mine = both.classify(
      ['A farmer was killed when his tractor hit an anti-tank mine on Monday, police said.'],
      new Map(),
      'Farmer killed by landmine',
    );
    expect(mine).toEqual(['incident']);
  });
});
