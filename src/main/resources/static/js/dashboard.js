// The dashboard's charts ("Tổng quan"): each [data-chart] element holds its figures as JSON (the same numbers as
// the table beside it) and is drawn with ECharts on a canvas. No inline script or style (the
// Content-Security-Policy forbids them): sizes are set through the DOM, tooltips are drawn on the canvas.
(function () {
  'use strict';
  if (!window.echarts) { return; }

  var PALETTE = ['#8b1a1a', '#1f5f99', '#2e7d32', '#b26a00', '#6a3d9a', '#00796b'];
  var charts = [];

  function option(data) {
    var horizontal = data.kind.indexOf('horizontal') === 0;
    var stacked = /stacked$/.test(data.kind);
    var several = data.series.length > 1;
    var categoryAxis = {
      type: 'category', data: data.categories, inverse: horizontal,
      axisLabel: horizontal
        ? { width: 150, overflow: 'truncate' }
        : { interval: 0, width: 90, overflow: 'truncate', rotate: data.categories.length > 4 ? 30 : 0 }
    };
    var valueAxis = { type: 'value', minInterval: 1 };
    return {
      color: PALETTE,
      animation: false,
      tooltip: { trigger: 'axis', renderMode: 'richText', axisPointer: { type: 'shadow' } },
      legend: several ? { top: 0, type: 'scroll' } : { show: false },
      grid: { left: 8, right: 24, top: several ? 36 : 12, bottom: 8, containLabel: true },
      xAxis: horizontal ? valueAxis : categoryAxis,
      yAxis: horizontal ? categoryAxis : valueAxis,
      series: data.series.map(function (s) {
        return { type: 'bar', name: s.name, data: s.data, stack: stacked ? 'all' : undefined, barMaxWidth: 36,
          cursor: 'pointer' };
      })
    };
  }

  function draw(element) {
    var data = JSON.parse(element.getAttribute('data-chart'));
    if (data.kind.indexOf('horizontal') === 0) {
      var perBar = data.series.length > 1 ? 16 * data.series.length + 12 : 30;
      element.style.height = Math.max(180, data.categories.length * perBar + 80) + 'px';
    }
    var chart = window.echarts.init(element, null, { renderer: 'canvas' });
    chart.setOption(option(data));
    // a bar leads to the list behind it, as the table's link does
    chart.on('click', function (params) {
      var link = data.links[params.dataIndex];
      if (link) { window.location.assign(link); }
    });
    charts.push(chart);
  }

  document.querySelectorAll('[data-chart]').forEach(draw);
  var pending;
  window.addEventListener('resize', function () {
    window.clearTimeout(pending);
    pending = window.setTimeout(function () { charts.forEach(function (chart) { chart.resize(); }); }, 100);
  });
})();
