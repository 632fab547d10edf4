import ApexCharts from 'apexcharts';
import en from 'apexcharts/dist/locales/en.json';
import th from 'apexcharts/dist/locales/th.json';

/*
 * <ita-apex-chart>: the browser side of org.itaboard.base.ui.chart.ApexChart.
 *
 * The server sets `config` (the whole ApexCharts options as JSON text) and `locale` ("th" or "en"),
 * and on a chart that is on screen calls updateSeries(json), updateOptions(json) or recreate().
 * The chart is drawn only while the element is connected and has a non-zero width (a dialog that is
 * still opening or a hidden tab has none) and is redrawn at the element's size when that changes.
 * Clicks are sent to the server as `data-point-click` and `x-axis-label-click` events.
 *
 * Only the element's first drawing animates. Whatever comes after it (new numbers pushed by the
 * server, a new size, a redraw) changes the chart in place without replaying the animation: a
 * meeting-room screen must not flicker every time someone saves. `draws` and `animatedDraws` count
 * the drawings for tests.
 */

const LOCALES = [th, en];
const NUMBER_LOCALES = { th: 'th-TH', en: 'en-US' };

const HOST_STYLE_ID = 'ita-apex-chart-style';
const HOST_STYLE = `
  ita-apex-chart { display: block; position: relative; box-sizing: border-box; }
  ita-apex-chart[hidden] { display: none !important; }
  ita-apex-chart > .ita-apex-chart-canvas { position: absolute; inset: 0; }
  ita-apex-chart > .ita-apex-chart-canvas.auto-height { position: static; }
`;

function installHostStyle() {
  if (!document.getElementById(HOST_STYLE_ID)) {
    const style = document.createElement('style');
    style.id = HOST_STYLE_ID;
    style.textContent = HOST_STYLE;
    document.head.appendChild(style);
  }
}

function parse(json) {
  return typeof json === 'string' ? JSON.parse(json) : json || {};
}

function labelText(label) {
  if (label === undefined || label === null) {
    return null;
  }
  return Array.isArray(label) ? label.join(' ') : String(label);
}

const HTML_ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

class ItaApexChart extends HTMLElement {
  /* Labels and names from the server are text; ApexCharts writes some of them as HTML (see _escaped). */
  static escapeHtml(text) {
    return text === undefined || text === null ? '' : String(text).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
  }

  constructor() {
    super();
    this._config = {};
    this._locale = 'th';
    this._chart = null;
    this._canvas = null;
    this._size = null;
    this._autoHeight = false;
    this._draws = 0;
    this._animatedDraws = 0;
    this._resizePending = false;
    // Handled in the next frame, not inside the observer's callback: a redraw that changes the element's
    // height there would be observed again in the same frame ("ResizeObserver loop completed with
    // undelivered notifications").
    this._observer = new ResizeObserver(() => {
      if (!this._resizePending) {
        this._resizePending = true;
        requestAnimationFrame(() => {
          this._resizePending = false;
          this._onResize();
        });
      }
    });
  }

  /* How many times the chart was drawn or changed on screen, and how many of those animated. */
  get draws() {
    return this._draws;
  }

  get animatedDraws() {
    return this._animatedDraws;
  }

  /* Flow may set properties before this element is defined; move them onto the accessors. */
  _upgradeProperty(name) {
    if (Object.prototype.hasOwnProperty.call(this, name)) {
      const value = this[name];
      delete this[name];
      this[name] = value;
    }
  }

  get config() {
    return this._config;
  }

  /* Only stores the options: a live chart is changed by the explicit calls below, not re-created. */
  set config(json) {
    this._config = parse(json);
    if (this.isConnected && !this._chart) {
      this._onResize();
    }
  }

  get locale() {
    return this._locale;
  }

  set locale(value) {
    const locale = value === 'en' ? 'en' : 'th';
    if (locale !== this._locale) {
      this._locale = locale;
      if (this._chart) {
        this.recreate();
      }
    }
  }

  connectedCallback() {
    installHostStyle();
    this._upgradeProperty('config');
    this._upgradeProperty('locale');
    this._observer.observe(this);
  }

  /*
   * Flow moves an element by removing and inserting it in one go (a card rebuilt around its chart):
   * the chart is kept unless the element is still out of the document after that.
   */
  disconnectedCallback() {
    this._observer.disconnect();
    setTimeout(() => {
      if (!this.isConnected) {
        this._destroyChart();
      }
    });
  }

  /* Replaces the data of the chart on screen; without one, `config` already holds it for the first draw. */
  updateSeries(json) {
    if (this._chart) {
      this._applyOptions(this._withSize({ series: parse(json) }));
    }
  }

  /* Merges options into the chart on screen. */
  updateOptions(json) {
    if (this._chart) {
      this._applyOptions(this._escaped(this._withSize(parse(json))));
    }
  }

  /* Draws the chart anew from `config`, for changes that ApexCharts cannot merge into a live chart. */
  recreate() {
    this._destroyChart();
    this._onResize();
  }

  _onResize() {
    if (!this.isConnected) {
      return;
    }
    const size = { width: this.clientWidth, height: this.clientHeight };
    if (size.width === 0) {
      return;
    }
    if (!this._chart) {
      this._render(size);
    } else if (size.width !== this._size.width || (!this._autoHeight && size.height !== this._size.height)) {
      this._size = size;
      this._applyOptions(this._withSize({}));
    }
  }

  /*
   * Changes the chart on screen without animation: ApexCharts replays its first-draw animation on
   * updateSeries() even with animate=false unless animations are off in its config, so they are
   * switched off there with every change. ApexCharts 4.7.0 merges updateOptions() into its config
   * but then skips the redraw (apexcharts.js issue 5072, "UpdateOptions not working until resize"),
   * so the redraw is asked for separately; update() draws the merged config again.
   */
  _applyOptions(options) {
    options.chart = { ...options.chart, animations: { ...options.chart?.animations, enabled: false } };
    this._chart.updateOptions(options, false, false);
    this._chart.update();
    this._draws++;
  }

  /* An element without a height of its own (setHeight(null)) takes the chart's natural height instead. */
  _render(size) {
    this._size = size;
    this._autoHeight = size.height === 0;
    this._canvas = document.createElement('div');
    this._canvas.className = this._autoHeight ? 'ita-apex-chart-canvas auto-height' : 'ita-apex-chart-canvas';
    this.appendChild(this._canvas);
    const options = this._fullOptions();
    if (this._draws > 0) {
      options.chart.animations = { ...options.chart.animations, enabled: false };
    } else if (options.chart.animations?.enabled !== false) {
      this._animatedDraws++;
    }
    this._draws++;
    this._chart = new ApexCharts(this._canvas, options);
    this._chart.render();
  }

  _destroyChart() {
    if (this._chart) {
      this._chart.destroy();
      this._chart = null;
    }
    if (this._canvas) {
      this._canvas.remove();
      this._canvas = null;
    }
  }

  /* The options from the server plus what JSON cannot carry: size, locale, formatters and events. */
  _fullOptions() {
    const options = this._escaped(this._withSize(structuredClone(this._config)));
    const chart = options.chart;
    chart.locales = LOCALES;
    chart.defaultLocale = this._locale;
    chart.redrawOnParentResize = false;
    chart.redrawOnWindowResize = false;
    chart.events = {
      ...chart.events,
      dataPointSelection: (event, context, point) => this._onDataPoint(event, point),
      xAxisLabelClick: (event, context, label) => this._onAxisLabel(label),
    };
    options.tooltip.y.formatter = (value) => this._formatNumber(value);
    return options;
  }

  /*
   * ApexCharts draws axis and data labels as SVG text but writes the tooltip and the legend as HTML:
   * category labels, series names and slice labels are escaped there, and only there, so that a
   * division named "ฝ่ายโยธา<img …>" reads the same everywhere and runs nowhere.
   */
  _escaped(options) {
    const label = (value) => ItaApexChart.escapeHtml(labelText(value));
    const tooltip = (options.tooltip = { ...options.tooltip });
    tooltip.x = { ...tooltip.x, formatter: label };
    tooltip.y = { ...tooltip.y, title: { formatter: (name) => (name ? `${label(name)}: ` : '') } };
    if (tooltip.z?.title) {
      tooltip.z = { ...tooltip.z, title: label(tooltip.z.title) };
    }
    options.xaxis = { ...options.xaxis, tooltip: { ...options.xaxis?.tooltip, formatter: label } };
    options.legend = { ...options.legend, formatter: label };
    return options;
  }

  /* Width and height in pixels from the element; a fixed chart.height from the server wins. */
  _withSize(options) {
    const chart = (options.chart = { ...options.chart });
    chart.width = this._size.width;
    if (typeof this._config.chart?.height !== 'number') {
      chart.height = this._autoHeight ? 'auto' : this._size.height;
    }
    return options;
  }

  _formatNumber(value) {
    if (value === null || value === undefined || Number.isNaN(Number(value))) {
      return '-';
    }
    return Number(value).toLocaleString(NUMBER_LOCALES[this._locale], {
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    });
  }

  /* Line and area charts move xaxis.categories into globals.categoryLabels; donuts keep config.labels. */
  _category(w, index) {
    const sources = [w.globals?.categoryLabels, w.config.xaxis?.categories, w.config.labels];
    const labels = sources.find((source) => source && source.length);
    return labelText(labels ? labels[index] : null);
  }

  /* ApexCharts also calls dataPointSelection without an event when it restores a selection after an update. */
  _onDataPoint(event, point) {
    if (!event || point.dataPointIndex < 0) {
      return;
    }
    this.dispatchEvent(
      new CustomEvent('data-point-click', {
        detail: {
          seriesIndex: point.seriesIndex,
          dataPointIndex: point.dataPointIndex,
          category: this._category(point.w, point.dataPointIndex),
        },
      })
    );
  }

  _onAxisLabel(label) {
    this.dispatchEvent(
      new CustomEvent('x-axis-label-click', {
        detail: { labelIndex: label.labelIndex, category: this._category(label, label.labelIndex) },
      })
    );
  }
}

if (!customElements.get('ita-apex-chart')) {
  customElements.define('ita-apex-chart', ItaApexChart);
}
