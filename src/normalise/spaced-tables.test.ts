import { describe, expect, it } from 'vitest';
import { normalise } from './index.js';

const norm = (raw: string) => normalise({ raw, format: 'txt', pageStarts: undefined }).text;

describe('tables set with spaces', () => {
  it('turns the gaps of three or more rows of three or more cells into tabs, and keeps the rows apart', () => {
    const raw = '分配表如下：\n序号　地区　项目个数（个）　额度（亿元）\n1　南宁市　52　38.6\n2　柳州市　38　27.4\n请抓紧组织实施。';
    expect(norm(raw)).toBe('分配表如下：\n序号\t地区\t项目个数（个）\t额度（亿元）\n1\t南宁市\t52\t38.6\n2\t柳州市\t38\t27.4\n请抓紧组织实施。');
  });

  it('reads two or more plain spaces as a gap too, and leaves prose and a lone spaced line alone', () => {
    expect(norm('乡镇    完成面积    完成率\n城关镇    1.2万亩    95%\n河西乡    0.8万亩    88%')).toBe('乡镇\t完成面积\t完成率\n城关镇\t1.2万亩\t95%\n河西乡\t0.8万亩\t88%');
    expect(norm('抄送：州委办公室　州人大办公室　州政协办公室\n州扶贫开发领导小组办公室　　2020年4月17日印发')).toBe('抄送：州委办公室州人大办公室州政协办公室\n州扶贫开发领导小组办公室2020年4月17日印发');
  });

  it('keeps each cell mapped to its raw offset', () => {
    const raw = '县区　户数　人数\n东安县　120　450\n新宁县　95　380\n';
    const r = normalise({ raw, format: 'txt', pageStarts: undefined });
    const at = r.text.indexOf('450');
    expect(raw.slice(r.rawOffset[at], r.rawOffset[at] + 3)).toBe('450');
  });
});
