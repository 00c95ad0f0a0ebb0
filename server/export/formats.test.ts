import { unzipSync } from 'fflate';
import { EXPORT_FORMATS, ExportFormat, fileNameFor } from './formats';
import { exportFixture } from './test-fixture';

describe('EXPORT_FORMATS', () => {
  it('has one writer per format name', () => {
    expect(Object.keys(EXPORT_FORMATS).sort()).toEqual([...ExportFormat.options].sort());
    expect(ExportFormat.safeParse('xml').success).toBe(false);
    expect(ExportFormat.parse('graphml')).toBe('graphml');
  });

  it.each(ExportFormat.options)('%s writes the fixture', (format) => {
    const out = EXPORT_FORMATS[format].write(exportFixture(), { title: 'Thổ Nhĩ Kỳ' });
    expect(out.length).toBeGreaterThan(0);
    if (format === 'csv') {
      expect(out).toBeInstanceOf(Uint8Array);
      expect(Object.keys(unzipSync(out as Uint8Array))).toContain('nodes.csv');
    } else {
      expect(typeof out).toBe('string');
    }
  });

  it('declares a charset for every text format', () => {
    for (const format of ExportFormat.options) {
      const { contentType } = EXPORT_FORMATS[format];
      expect(format === 'csv' ? contentType === 'application/zip' : contentType.endsWith('; charset=utf-8')).toBe(true);
    }
  });
});

describe('fileNameFor', () => {
  it('adds the extension and keeps readable names', () => {
    expect(fileNameFor('gexf', 'Thổ Nhĩ Kỳ')).toBe('Thổ Nhĩ Kỳ.gexf');
    expect(fileNameFor('csv', 'subgraph')).toBe('subgraph.csv.zip');
    expect(fileNameFor('cypher', 'subgraph')).toBe('subgraph.cypher');
  });

  it('removes path separators, reserved and control characters', () => {
    expect(fileNameFor('json', '../../etc/passwd')).toBe('etc passwd.json');
    expect(fileNameFor('json', 'a<b>:c"d|e?f*g\\h\u0000i\nj')).toBe('a b c d e f g h i j.json');
    expect(fileNameFor('json', '.hidden')).toBe('hidden.json');
    expect(fileNameFor('json', 'CON')).toBe('_CON.json');
  });

  it('falls back to a default and bounds the length by code points', () => {
    expect(fileNameFor('graphml', '')).toBe('newsgraph.graphml');
    expect(fileNameFor('graphml', ' /// ')).toBe('newsgraph.graphml');
    const long = fileNameFor('json', '😀'.repeat(150));
    expect(Array.from(long.replace(/\.json$/, ''))).toHaveLength(100);
    expect(long).not.toMatch(/\p{Cs}/u); // no emoji cut in half
  });
});
