// The benchmark's picture: throughput of each stage and of the baselines (left), and how time
// and memory grow with the corpus (right). ECharts renders SVG on the server; resvg turns it
// into a PNG.
import { Resvg } from '@resvg/resvg-js';
import * as echarts from 'echarts';

export interface ChartData {
  /** label → thousand characters per second, in display order */
  throughput: { label: string; kcps: number; kind: 'stage' | 'gongwen' | 'baseline' | 'peer' }[];
  sizesMb: number[];
  seconds: number[];
  rssMb: number[];
  title: string;
}

const COLOURS = { stage: '#8fb3d9', gongwen: '#1f5fa8', baseline: '#999999', peer: '#c0504d' };

export function renderChart(data: ChartData): Buffer {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 1200, height: 560 });
  const bars = [...data.throughput].reverse();
  chart.setOption({
    animation: false,
    backgroundColor: '#ffffff',
    title: [
      { text: data.title, left: 'center', top: 6, textStyle: { fontSize: 16 } },
      { text: 'thousand characters per second (log scale)', left: '26%', top: 34, textAlign: 'center', textStyle: { fontSize: 12, fontWeight: 'normal' } },
      { text: 'time and peak memory against corpus size', left: '78%', top: 34, textAlign: 'center', textStyle: { fontSize: 12, fontWeight: 'normal' } },
    ],
    grid: [
      { left: 210, right: '48%', top: 60, bottom: 40 },
      { left: '60%', right: 60, top: 70, bottom: 90 },
    ],
    legend: { data: ['seconds, --workers 2', 'peak RSS (MB), --workers 2'], bottom: 8, left: '58%', itemGap: 28 },
    xAxis: [
      { type: 'log', gridIndex: 0, logBase: 10, min: 1, axisLabel: { formatter: (v: number) => String(v) } },
      { type: 'log', gridIndex: 1, name: 'corpus, MB of text', nameLocation: 'middle', nameGap: 28 },
    ],
    yAxis: [
      { type: 'category', gridIndex: 0, data: bars.map((b) => b.label), axisLabel: { fontSize: 12 } },
      { type: 'log', gridIndex: 1 },
    ],
    series: [
      {
        type: 'bar',
        xAxisIndex: 0,
        yAxisIndex: 0,
        data: bars.map((b) => ({ value: b.kcps, itemStyle: { color: COLOURS[b.kind] } })),
        label: { show: true, position: 'right', formatter: (p: { value: number }) => fmt(p.value), fontSize: 11 },
      },
      line('seconds, --workers 2', data.sizesMb, data.seconds),
      line('peak RSS (MB), --workers 2', data.sizesMb, data.rssMb),
    ],
  });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return new Resvg(svg, { background: '#ffffff', font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' } }).render().asPng();
}

function line(name: string, xs: number[], ys: number[]) {
  return { name, type: 'line', xAxisIndex: 1, yAxisIndex: 1, data: xs.map((x, i) => [x, ys[i]]), symbolSize: 8, label: { show: true, formatter: (p: { value: number[] }) => fmt(p.value[1]) } };
}

const fmt = (v: number) => (v >= 100 ? v.toFixed(0) : v >= 1 ? v.toFixed(2) : v.toPrecision(2));
