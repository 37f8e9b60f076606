import { describe, expect, it } from 'vitest';
import { normalise } from './index.js';

const norm = (raw: string) => normalise({ raw, format: 'txt' }).text;

/** Sets paragraphs in a column of `width` characters, as a PDF text layer gives them back. */
function column(width: number, ...paragraphs: string[]): string {
  const out: string[] = [];
  for (const p of paragraphs) {
    const chars = [...p];
    for (let i = 0; i < chars.length; i += width) out.push(chars.slice(i, i + width).join(''));
  }
  return out.join('\n');
}

const BODY = [
  '各乡镇要加快推进农村公路提质改造工程，统筹安排养护资金，确保年内完成县乡道安全隐患整治任务，全面提升农村群众出行条件。',
  '县交通运输局要会同县财政局建立项目调度机制，每月通报工程进度，对进度滞后的乡镇及时督促整改，保障工程质量和施工安全。',
];

describe('joinBrokenLines: a wrapped line that starts with an outline marker', () => {
  it('joins a heading cut after a comma', () => {
    const raw = column(20, '第三条 为规范村级公益事业建设项目管理，结合本县实际，制定本办法。', ...BODY);
    expect(norm(raw).split('\n')[0]).toBe('第三条为规范村级公益事业建设项目管理，结合本县实际，制定本办法。');
  });

  it('joins a heading whose number is cut from its unit', () => {
    const raw = column(20, '（二）城镇居民人均可支配收入：全年达到38216元，增长5.1%。', ...BODY);
    expect(norm(raw).split('\n')[0]).toBe('（二）城镇居民人均可支配收入：全年达到38216元，增长5.1%。');
  });

  it('joins a heading that runs to the column edge mid-word', () => {
    const raw = column(20, '（三）持续改善农村人居环境推进美丽乡村建设提档升级。坚持规划先行。', ...BODY);
    expect(norm(raw).split('\n')[0]).toBe('（三）持续改善农村人居环境推进美丽乡村建设提档升级。坚持规划先行。');
  });

  it('keeps a short heading on its own line', () => {
    const raw = column(20, '一、工作目标', ...BODY);
    expect(norm(raw).split('\n')[0]).toBe('一、工作目标');
  });

  it('keeps a heading at the column edge apart from an indented paragraph', () => {
    const raw = `${column(20, ...BODY)}\n（四）推进科技与文化旅游教育融合发展\n    推动文化产品和服务的数字化进程，强化创意设计。`;
    expect(norm(raw).split('\n').slice(-2)).toEqual(['（四）推进科技与文化旅游教育融合发展', '推动文化产品和服务的数字化进程，强化创意设计。']);
  });
});

describe('joinBrokenLines: a number cut by a line break', () => {
  it('joins a decimal cut after its point', () => {
    const raw = `${column(20, ...BODY)}\n全县地区生产总值同比增长4.\n6%，其中第一产业增加值增长3.9%。`;
    expect(norm(raw).split('\n').at(-1)).toBe('全县地区生产总值同比增长4.6%，其中第一产业增加值增长3.9%。');
  });

  it('joins an integer cut between its digits', () => {
    const raw = `${column(20, ...BODY)}\n全县地区生产总值完成12684\n37万元，同比增长4.6%。`;
    expect(norm(raw).split('\n').at(-1)).toBe('全县地区生产总值完成1268437万元，同比增长4.6%。');
  });

  it('does not join a number to the outline number of the next item', () => {
    const raw = `${column(20, ...BODY)}\n1.新建改建农村公路里程达到1200\n2.完成危桥改造任务。`;
    expect(norm(raw).split('\n').slice(-2)).toEqual(['1.新建改建农村公路里程达到1200', '2.完成危桥改造任务。']);
  });

  it('never joins table rows', () => {
    const raw = `${column(20, ...BODY)}\n年度\t2023\n2024\t完成`;
    expect(norm(raw).split('\n').slice(-2)).toEqual(['年度\t2023', '2024\t完成']);
  });
});

describe('joinBrokenLines: a continuation that looks like a label', () => {
  it('joins a label cut inside an open bracket', () => {
    const raw = `${column(20, ...BODY)}\n完善冷链设施。（牵头单位：县商务局；责任\n单位：各乡镇人民政府）。`;
    expect(norm(raw).split('\n').at(-1)).toBe('完善冷链设施。（牵头单位：县商务局；责任单位：各乡镇人民政府）。');
  });

  it('joins the tail of a sentence cut before its colon', () => {
    const raw = `${column(20, ...BODY)}\n现将今年秋冬季森林草原防火工作有关事项通\n知如下：`;
    expect(norm(raw).split('\n').at(-1)).toBe('现将今年秋冬季森林草原防火工作有关事项通知如下：');
  });

  it('joins an addressee list cut after a comma', () => {
    const raw = `${column(20, ...BODY)}\n各乡镇人民政府，县直各部门，各有关企业，\n各中小学校：`;
    expect(norm(raw).split('\n').at(-1)).toBe('各乡镇人民政府，县直各部门，各有关企业，各中小学校：');
  });

  it('keeps label lines apart', () => {
    const raw = `${column(20, ...BODY)}\n责任单位：县财政局、县审计局\n完成时限：2024年12月底前`;
    expect(norm(raw).split('\n').slice(-2)).toEqual(['责任单位：县财政局、县审计局', '完成时限：2024年12月底前']);
  });
});

describe('joinBrokenLines: line ends that come from markup', () => {
  const page = [
    '《关于做好2024年耕地地力保护补贴工作的通知》政策解读',
    '近日，省农业农村厅、省财政厅联合印发《通知》。为便于基层干部群众准确理解和执行，现就有关内容解读如下。',
    '三、与往年相比的主要变化',
    '原文链接：四川省农业农村厅四川省财政厅关于做好2024年耕地地力保护补贴工作的通知',
  ].join('\n');

  it('keeps a web page title on its own line, however long it is', () => {
    expect(normalise({ raw: page, format: 'html' }).text).toBe(page);
  });

  it('joins the same long title line in plain text, where a line that long was wrapped', () => {
    expect(normalise({ raw: page, format: 'txt' }).text.split('\n')[0]).toBe(
      '《关于做好2024年耕地地力保护补贴工作的通知》政策解读近日，省农业农村厅、省财政厅联合印发《通知》。为便于基层干部群众准确理解和执行，现就有关内容解读如下。',
    );
  });

  it('still joins the lines of a column pasted into a page', () => {
    expect(normalise({ raw: column(20, ...BODY), format: 'html' }).text).toBe(BODY.join('\n'));
  });
});
