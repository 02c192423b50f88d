// Statistics page: draws the numbers of the hub's statistics (embedded in data-stats) with ECharts.
(function () {
  function chart(id, option) {
    var el = document.getElementById(id);
    if (!el || !window.echarts) { return; }
    var c = echarts.init(el, null, { renderer: 'canvas' });
    c.setOption(Object.assign({ animation: false, tooltip: { trigger: 'item' },
      textStyle: { fontFamily: '"Noto Sans CJK SC", "Microsoft YaHei", sans-serif' } }, option));
    window.addEventListener('resize', function () { c.resize(); });
  }
  function bars(rows) {
    return { grid: { left: 48, right: 16, top: 16, bottom: 64 },
      xAxis: { type: 'category', data: rows.map(function (r) { return r.label; }), axisLabel: { interval: 0, rotate: rows.length > 4 ? 30 : 0 } },
      yAxis: { type: 'value', minInterval: 1 }, tooltip: { trigger: 'axis' },
      series: [{ type: 'bar', data: rows.map(function (r) { return r.count; }), label: { show: true, position: 'top' } }] };
  }
  document.addEventListener('DOMContentLoaded', function () {
    var holder = document.getElementById('stats-data');
    if (!holder) { return; }
    var s = JSON.parse(holder.getAttribute('data-stats'));
    var labels = JSON.parse(holder.getAttribute('data-category-labels'));
    var months = s.byMonth || [];
    var categories = {};
    months.forEach(function (m) { Object.keys(m.byCategory).forEach(function (c) { categories[c] = true; }); });
    chart('chart-month', { grid: { left: 48, right: 16, top: 40, bottom: 32 }, tooltip: { trigger: 'axis' },
      legend: { top: 0 }, xAxis: { type: 'category', data: months.map(function (m) { return m.month; }) },
      yAxis: { type: 'value', minInterval: 1 },
      series: Object.keys(categories).map(function (c) {
        return { name: labels[c] || c, type: 'bar', stack: 'all', data: months.map(function (m) { return m.byCategory[c] || 0; }) };
      }) });
    chart('chart-group', { series: [{ type: 'pie', radius: ['35%', '65%'], label: { formatter: '{b}: {c}' },
      data: (s.byGroup || []).map(function (r) { return { name: r.label, value: r.count }; }) }] });
    chart('chart-category', bars(s.byCategory || []));
    chart('chart-region', bars(s.byRegion || []));
    chart('chart-status', bars(s.byStatus || []));
    chart('chart-rules', bars((s.rulesFired || []).map(function (r) { return { label: r.title || r.rule, count: r.count }; })));
  });
})();
