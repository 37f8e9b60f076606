import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readHtml } from './html.js';

const DEV = new URL('../../../shared/eval/dev/docs/', import.meta.url);
const dev = (name: string) => readFileSync(new URL(name, DEV), 'utf8');

describe('readHtml: visible text', () => {
  it('drops scripts, styles, noscript and iframes; blocks and <br> break lines', () => {
    const html = `<html><head><title>标题栏</title><style>p { color: red }</style>
      <script>var x = "脚本文字";</script></head>
      <body><p>第一段</p><script>document.write("写入")</script><noscript>请启用脚本</noscript>
      <iframe src="x.html">框架</iframe><div>第二段<br>换行后</div><p>第三段</p></body></html>`;
    expect(readHtml(html).raw).toBe('第一段\n第二段\n换行后\n第三段');
  });

  it('decodes entities and keeps &nbsp; and U+3000 as characters', () => {
    const html = '<p>&lt;通知&gt;&amp;附件&nbsp;&nbsp;广州市民政局&#x3000;&#x3000;广州市财政局</p>';
    expect(readHtml(html).raw).toBe('<通知>&附件\u00a0\u00a0广州市民政局\u3000\u3000广州市财政局');
  });

  it('collapses source white space; a source line break between Chinese characters is no space', () => {
    const html = '<p>  各区人民政府，\n   市政府各部门：  </p><p>Plan  2025\nfor all</p>';
    expect(readHtml(html).raw).toBe('各区人民政府，市政府各部门：\nPlan 2025 for all');
  });

  it('drops hidden elements but keeps a body hidden until scripts run', () => {
    const html = `<body style="visibility: hidden"><p>正文第一段，内容较长。</p><p>正文第二段，内容较长。</p>
      <div style="display:none">隐藏的副本</div></body>`;
    expect(readHtml(html).raw).toBe('正文第一段，内容较长。\n正文第二段，内容较长。');
  });
});

describe('readHtml: tables', () => {
  const html = `<p>附件2</p>
    <table>
      <tr><td colspan="4">任务分工表</td></tr>
      <tr><th>序号</th><th>工作事项</th><th>牵头单位</th><th>配合单位</th></tr>
      <tr><td rowspan="2">1</td><td rowspan="2"><p>有序扩大</p><p>家庭医生来源。</p></td><td>各区政府</td><td>市卫生健康委</td></tr>
      <tr><td>各区政府</td><td>市卫生健康委、<br>市人社局</td></tr>
      <tr><td>2</td><td>加强宣传引导。</td><td colspan="2">各区政府、市卫生健康委</td></tr>
      <tr><td></td><td></td><td></td><td></td></tr>
    </table>
    <p>结尾</p>`;
  const { raw, tables } = readHtml(html);

  it('writes each row as one line, cells joined by tabs; row-spanning cells repeat in each row', () => {
    expect(raw).toBe(
      '附件2\n任务分工表\n序号\t工作事项\t牵头单位\t配合单位\n' +
        '1\t有序扩大家庭医生来源。\t各区政府\t市卫生健康委\n' +
        '1\t有序扩大家庭医生来源。\t各区政府\t市卫生健康委、市人社局\n' +
        '2\t加强宣传引导。\t各区政府、市卫生健康委\n结尾',
    );
  });

  it('records every cell with its offsets; a column-spanning cell fills each column it covers', () => {
    const cell = (text: string, start: number) => ({ text, start, end: start + text.length });
    const title = cell('任务分工表', 4);
    expect(tables).toEqual([
      {
        headerRow: 1,
        rows: [
          { cells: [title, title, title, title] },
          { cells: [cell('序号', 10), cell('工作事项', 13), cell('牵头单位', 18), cell('配合单位', 23)] },
          { cells: [cell('1', 28), cell('有序扩大家庭医生来源。', 30), cell('各区政府', 42), cell('市卫生健康委', 47)] },
          { cells: [cell('1', 54), cell('有序扩大家庭医生来源。', 56), cell('各区政府', 68), cell('市卫生健康委、市人社局', 73)] },
          {
            cells: [cell('2', 85), cell('加强宣传引导。', 87), cell('各区政府、市卫生健康委', 95), cell('各区政府、市卫生健康委', 95)],
          },
        ],
      },
    ]);
    for (const row of tables[0]!.rows) for (const c of row.cells) expect(raw.slice(c.start, c.end)).toBe(c.text);
  });

  it('takes a first row of short cells as the header when there is no <th>', () => {
    const t = readHtml('<table><tr><td>地区</td><td>标准（元/月）</td></tr><tr><td>越秀区</td><td>2094.4</td></tr></table>');
    expect(t.raw).toBe('地区\t标准（元/月）\n越秀区\t2094.4');
    expect(t.tables[0]!.headerRow).toBe(0);
  });

  it('has no header when the first row is data', () => {
    const t = readHtml('<table><tr><td>1</td><td>加强宣传引导。</td></tr><tr><td>2</td><td>强化监管评价。</td></tr></table>');
    expect(t.tables[0]!.headerRow).toBeNull();
  });

  it('renders a layout table (one cell per row) as ordinary lines, with no table record', () => {
    const t = readHtml('<table><tr><td><p>国务院办公厅</p><p>二〇〇四年一月十六日</p></td></tr><tr><td></td></tr></table>');
    expect(t).toEqual({ raw: '国务院办公厅\n二〇〇四年一月十六日', tables: [] });
  });
});

describe('readHtml: whole web pages', () => {
  it('finds the article of a page without a known container, with its title, without the chrome', () => {
    const links = Array.from({ length: 30 }, (_, i) => `<li><a href="/n${i}">栏目导航第${i}项</a></li>`).join('');
    const html = `<html><body>
      <div class="top"><div class="logo">某某市人民政府门户网站</div><ul class="nav">${links}</ul></div>
      <div class="main"><div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zc">政策文件</a></div>
        <h2 class="wz-bt">某某市人民政府关于加强防汛工作的通知</h2>
        <div class="meta"><table><tr><td>索引号：</td><td>001/2024-0001</td><td>发布机构：</td><td>市政府办公室</td></tr>
          <tr><td>成文日期：</td><td>2024年5月1日</td><td>浏览次数：</td><td>35</td></tr></table></div>
        <div class="wz">
          <p>各区人民政府，市政府各部门：</p>
          <p>为切实做好今年防汛工作，确保人民群众生命财产安全，现就有关事项通知如下。</p>
          <p>一、各区要在6月1日前完成隐患排查，整改率达到100%。</p>
          <p>某某市人民政府</p><p>2024年5月1日</p>
        </div></div>
      <div class="footer"><p>主办单位：某某市人民政府办公室 版权所有 网站标识码：1234567890</p><p>备案号：某ICP备12345678号</p></div>
    </body></html>`;
    expect(readHtml(html).raw).toBe(
      '某某市人民政府关于加强防汛工作的通知\n各区人民政府，市政府各部门：\n' +
        '为切实做好今年防汛工作，确保人民群众生命财产安全，现就有关事项通知如下。\n' +
        '一、各区要在6月1日前完成隐患排查，整改率达到100%。\n某某市人民政府\n2024年5月1日',
    );
  });

  it('takes the title above the byline, not the byline named like a title (bt-sub)', () => {
    const html = `<body><div class="nav"><a href="/">首页</a> &gt; <a href="/zc">政策文件</a></div>
      <div class="detail"><div class="bt-title">某某市人民政府关于印发某某市促进消费若干措施的通知</div>
        <div class="bt-sub"><span>信息来源：市政府办公室</span><span>发布时间：2024-03-22 09:05</span></div>
        <div class="bt-article-content"><p>某政发〔2024〕6号</p><p>各县（市、区）人民政府，市政府直属各单位：</p>
          <p>现将《某某市促进消费若干措施》印发给你们，请认真组织实施。市财政每年安排专项资金1.5亿元，用于支持消费券发放和商贸流通体系建设。</p></div></div></body>`;
    expect(readHtml(html).raw.split('\n').slice(0, 2)).toEqual([
      '某某市人民政府关于印发某某市促进消费若干措施的通知',
      '某政发〔2024〕6号',
    ]);
  });

  it('an old table layout: keeps the number row above the body row and finds the title cell rows above', () => {
    const menu = Array.from({ length: 8 }, (_, i) => `<tr><td><a href="/m${i}">栏目${i}</a></td></tr>`).join('');
    const html = `<body><table><tr><td width="200"><table>${menu}</table></td><td><table>
      <tr><td>当前位置：<a href="/">首页</a> &gt;&gt; <a href="/zw">办公室文件</a></td></tr>
      <tr><td class="bt_title"><font size="5"><b>某某市人民政府办公室关于做好春耕生产工作的通知</b></font></td></tr>
      <tr><td class="bt_time">发布时间：2011-03-04 来源：市政府办 【字体：<a href="#">大</a> <a href="#">小</a>】</td></tr>
      <tr><td id="fontzoom"><table>
        <tr><td align="center">某政办发〔2011〕12号</td></tr>
        <tr><td>各县市区人民政府，市直有关单位：<br>　　今年全市粮食播种面积稳定在760万亩以上，各县市区要将早稻种植面积分解落实到乡镇、村和农户，3月20日前将落实情况报市农业局。<br>某某市人民政府办公室<br>二〇一一年三月二日</td></tr>
      </table></td></tr>
      <tr><td><a href="javascript:window.print()">【打印本页】</a></td></tr>
    </table></td></tr></table></body>`;
    expect(readHtml(html).raw.split('\n').slice(0, 3)).toEqual([
      '某某市人民政府办公室关于做好春耕生产工作的通知',
      '某政办发〔2011〕12号',
      '各县市区人民政府，市直有关单位：',
    ]);
  });

  it('drops a metadata block that sits inside the article container', () => {
    const html = `<div id="zoom"><table><tr><td>索引号：</td><td>000014349/2018-00180</td><td>主题分类：</td><td>劳动</td></tr>
      <tr><td>发文机关：</td><td>国务院</td><td>成文日期：</td><td>2018年11月16日</td></tr></table>
      <p>就业是最大的民生，也是经济发展的重中之重。</p></div>`;
    expect(readHtml(html).raw).toBe('就业是最大的民生，也是经济发展的重中之重。');
  });

  it('gz_2023-1930: starts with the title line, keeps body and both attachments, leaves the site out', () => {
    const { raw, tables } = readHtml(dev('gz_2023-1930_jiating_yisheng_shishi_fangan.html'));
    expect(raw.startsWith('广州市卫生健康委等4部门关于印发推进广州市家庭医生签约服务高质量发展实施方案的通知\n穗卫函〔2023〕1930号\n')).toBe(true);
    expect(raw).toContain('\n关于推进广州市家庭医生签约服务高质量发展实施方案\n');
    expect(raw).toContain('\n附件1 广州市家庭医生签约服务质量监测指标体系（2023年版）\n一级指标\t二级指标\t评价标准\t指标含义\t数据来源\n');
    expect(raw).toContain('\n附件2 关于推进广州市家庭医生签约服务高质量发展工作的任务分工表\n');
    expect(raw.endsWith('\t各区政府、市卫生健康委\t/\t基层处\t宣传处')).toBe(true);
    for (const chrome of ['广州市卫生健康委员会政府信息公开', '索引号', '发布日期：', '浏览次数', '下载文字版', 'ICP备', '公网安备', '网站标识码', '主办单位']) {
      expect(raw, chrome).not.toContain(chrome);
    }
    expect(tables).toHaveLength(2);
    const tasks = tables[1]!;
    expect(tasks.headerRow).toBe(1);
    expect(tasks.rows[1]!.cells.map((c) => c.text)).toEqual(['序号', '工作事项', '主要内容', '牵头单位', '配合单位', '市卫健委内牵头处室', '市卫健委内配合处室']);
    // 工作事项 1 spans three rows: each row repeats it and names its own units
    expect(tasks.rows.slice(2, 5).map((r) => [r.cells[0]!.text, r.cells[1]!.text, r.cells[3]!.text, r.cells[4]!.text])).toEqual([
      ['1', '有序扩大家庭医生来源。', '各区政府', '市卫生健康委'],
      ['1', '有序扩大家庭医生来源。', '各区政府', '市卫生健康委、市人社局'],
      ['1', '有序扩大家庭医生来源。', '各区政府', '市卫生健康委'],
    ]);
    for (const table of tables) for (const row of table.rows) for (const c of row.cells) expect(raw.slice(c.start, c.end)).toBe(c.text);
  });

  it('gz_2025-2: the body already carries the title; the hidden duplicate and the portal chrome are left out', () => {
    const { raw } = readHtml(dev('gz_2025-2_dibao_jiuzhu_biaozhun_tongzhi.html'));
    expect(raw.startsWith('穗民规字〔2025〕2号\n广州市民政局\u00a0\u00a0广州市财政局关于印发我市2025年最低生活保障及相关社会救助标准的通知\n')).toBe(true);
    expect(raw).toContain('（一）全市城乡最低生活保障标准为每人每月1309元。');
    expect(raw.split('2025年5月30日')).toHaveLength(2);
    for (const chrome of ['当前位置', '统一编号', '实施日期', '失效日期', '政策解读', '扫一扫', '返回顶部', '网站地图', 'ICP备']) {
      expect(raw, chrome).not.toContain(chrome);
    }
  });

  it('gov.cn fragments: the whole fragment, title lines first', () => {
    const { raw } = readHtml(dev('gov_guofa2018-39_jiuye_ruogan_yijian.html'));
    expect(raw.startsWith('国务院关于做好当前和今后一个时期\n促进就业工作的若干意见\n国发〔2018〕39号\n')).toBe(true);
    expect(raw.endsWith('（此件公开发布）')).toBe(true);
  });
});
