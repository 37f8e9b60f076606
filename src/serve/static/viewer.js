// gongwen viewer page script (served as /assets/viewer.js; the pages carry no inline script).
// Everything taken from the page's text goes into the DOM through textContent, never as markup.
'use strict';

(function () {
  /** Record fields travel in each mark's title; keep them in data-tip so the browser's own tooltip does not double the card. */
  function hoverCards() {
    var text = document.getElementById('text');
    var card = document.getElementById('card');
    if (!text || !card) return;
    var marks = text.querySelectorAll('mark.f[title]');
    for (var i = 0; i < marks.length; i++) {
      marks[i].setAttribute('data-tip', marks[i].getAttribute('title'));
      marks[i].removeAttribute('title');
    }
    text.addEventListener('mouseover', function (e) {
      var mark = e.target instanceof Element ? e.target.closest('mark.f') : null;
      if (mark) show(card, mark, text);
    });
    text.addEventListener('mouseout', function (e) {
      var to = e.relatedTarget instanceof Element ? e.relatedTarget.closest('mark.f') : null;
      if (!to) card.hidden = true;
    });
  }

  /** The card lists the record under the pointer and every record enclosing it, innermost first. */
  function show(card, mark, root) {
    card.replaceChildren();
    for (var m = mark; m && m !== root; m = m.parentElement.closest('mark.f')) {
      var lines = (m.getAttribute('data-tip') || '').split('\n');
      var section = document.createElement('section');
      section.className = 'card-record ' + typeClass(m);
      var head = document.createElement('h3');
      head.textContent = lines[0];
      section.appendChild(head);
      var list = document.createElement('dl');
      for (var i = 1; i < lines.length; i++) {
        var at = lines[i].indexOf(': ');
        var dt = document.createElement('dt');
        var dd = document.createElement('dd');
        dt.textContent = at < 0 ? lines[i] : lines[i].slice(0, at);
        dd.textContent = at < 0 ? '' : lines[i].slice(at + 2);
        list.appendChild(dt);
        list.appendChild(dd);
      }
      section.appendChild(list);
      card.appendChild(section);
    }
    var box = mark.getBoundingClientRect();
    card.hidden = false;
    var left = Math.min(box.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - card.offsetWidth - 8);
    card.style.left = Math.max(8, left) + 'px';
    card.style.top = box.bottom + window.scrollY + 6 + 'px';
  }

  function typeClass(mark) {
    for (var i = 0; i < mark.classList.length; i++) if (mark.classList[i].indexOf('t-') === 0) return mark.classList[i];
    return '';
  }

  /** Legend switches show or hide one record type's highlights. */
  function legend() {
    var box = document.getElementById('legend');
    var text = document.getElementById('text');
    if (!box || !text) return;
    box.addEventListener('change', function (e) {
      var input = e.target;
      if (input instanceof HTMLInputElement) text.classList.toggle('hide-' + input.name, !input.checked);
    });
  }

  function escapeHtml(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  /** The series chart, from the points the server put in data-series. */
  function chart() {
    var el = document.getElementById('chart');
    if (!el || typeof window.echarts === 'undefined') return;
    var data = JSON.parse(el.getAttribute('data-series'));
    var instance = window.echarts.init(el, null, { renderer: 'canvas' });
    instance.setOption({
      animation: false,
      color: ['#2563eb', '#dc2626', '#059669', '#d97706', '#7c3aed', '#db2777', '#0891b2', '#65a30d'],
      textStyle: { fontFamily: getComputedStyle(document.body).fontFamily },
      grid: { left: 64, right: 24, top: 48, bottom: 48 },
      legend: { top: 8, type: 'scroll' },
      // ECharts puts tooltip strings in as HTML: everything from the store is escaped here
      tooltip: {
        trigger: 'item',
        formatter: function (p) {
          return '<b>' + escapeHtml(p.seriesName) + '</b><br>' + escapeHtml(p.value[0]) + ' · ' + escapeHtml(p.value[1]) +
            escapeHtml(data.unit || '') + '<br>' + escapeHtml(p.data.quote);
        },
      },
      xAxis: { type: 'time' },
      yAxis: { type: 'value', name: data.unit || '', scale: true },
      series: data.series.map(function (s) {
        return {
          name: s.name,
          type: 'line',
          // a goal is drawn apart from a reading: dashed, diamond points
          symbol: s.role === 'target' ? 'diamond' : 'circle',
          lineStyle: { type: s.role === 'target' ? 'dashed' : 'solid' },
          symbolSize: 9,
          data: s.points.map(function (p) {
            return { value: [p[0], p[1]], quote: p[2] };
          }),
        };
      }),
    });
    window.addEventListener('resize', function () {
      instance.resize();
    });
  }

  function start() {
    hoverCards();
    legend();
    chart();
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
