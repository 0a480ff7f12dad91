import { describe, expect, it } from 'vitest';
import { layoutRoadmap, roadmapCatalog, roadmapSvg, xmlText } from '../../../src/shared/roadmap';
import { bytesToSave } from '../../../src/main/files/bytes-to-save';

const catalog = roadmapCatalog(
  [{ id: 's1', name: 'Prompt <injection> & “jail”', category: 'c' }],
  [{ id: 'c', name: 'Attacks & defences' }],
  [{ id: 'k1', title: 'A course with a title long enough to need several lines on the node, & an ampersand', teaches: [{ skill: 's1', level: 3 }] }],
);
const roadmap = layoutRoadmap({
  nodes: [{ id: 'n1', kind: 'course', courseId: 'k1', milestoneSkillId: null, label: '', targetLevel: null, status: 'planned' }],
  edges: [],
  dates: new Map([['n1', { start: '2027-01-04', end: '2027-01-20' }]]),
  startDate: '2027-01-04',
  current: new Map(),
  catalog,
  titleMaxLines: Infinity,
  blackouts: [{ startsOn: '2027-01-11', endsOn: '2027-01-12', label: 'Off-site' }],
});

describe('the roadmap as an SVG picture', () => {
  const svg = roadmapSvg(roadmap, { heading: 'Learning path · Zoë <Admin>', subheading: 'Target role: X', kindLine: () => 'Course · Provider', meta: () => '4 Jan – 20 Jan 2027 · 12 h' });
  // The text of each <text> element, entities decoded (Chromium parses the whole file in tests/e2e/roadmap.test.ts).
  const decode = (t: string) => t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  const textsIn = (xml: string) => [...xml.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => decode(m[1]!));

  it('is an SVG document whose words are <text> elements, escaped', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.endsWith('</svg>')).toBe(true);
    expect(svg).not.toMatch(/&(?!(amp|lt|gt|quot|apos);)/);
    const texts = textsIn(svg);
    expect(texts).toContain('Learning path · Zoë <Admin>');
    expect(texts).toContain('Jan 2027');
    expect(texts).toContain('Attacks & defences');
    expect(texts).toContain('Prompt <injection> & “jail”');
    expect(texts).toContain('0→3');
  });

  it('draws a whole title over several lines when asked to, in the node’s group', () => {
    const lines = textsIn(svg.slice(svg.indexOf('<g class="node"')));
    expect(roadmap.nodes[0]!.titleLines.length).toBeGreaterThan(3);
    expect(lines.join(' ')).toContain('A course with a title long enough to need several lines on the node, & an ampersand');
  });

  it('escapes the five XML characters and drops characters XML forbids', () => {
    expect(xmlText(`<a href="x">'&'</a>\u0001`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
});

describe('the bytes a desktop save writes', () => {
  it('writes text as UTF-8 and base64 content as its bytes', () => {
    expect(bytesToSave({ content: 'é' })).toEqual(Buffer.from([0xc3, 0xa9]));
    expect(bytesToSave({ content: 'iVBORw==', encoding: 'base64' })).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  });
  it('refuses content that is not base64, or an unknown encoding', () => {
    expect(() => bytesToSave({ content: 'not base64!', encoding: 'base64' })).toThrow('not valid base64');
    expect(() => bytesToSave({ content: 'AAAA', encoding: 'latin1' })).toThrow('not valid base64');
  });
});
