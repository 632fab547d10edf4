// Buddhist Era display and Thai-tolerant parsing for <vaadin-date-picker>.
// Dates show as "1 ม.ค. 2568"; typing accepts Thai or Arabic digits, BE or CE years, two-digit BE
// years ("1 ม.ค. ๖๘"), d/m/y with / - . or spaces, and Thai or English month names.
const THAI_MONTHS = ['มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน', 'กรกฎาคม',
  'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม'];
const THAI_SHORT = ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'];
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];
const THAI_WEEKDAYS = ['อาทิตย์', 'จันทร์', 'อังคาร', 'พุธ', 'พฤหัสบดี', 'ศุกร์', 'เสาร์'];
const THAI_WEEKDAYS_SHORT = ['อา', 'จ', 'อ', 'พ', 'พฤ', 'ศ', 'ส'];

const toArabic = (s) => s.replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - 0x0e50));
const bare = (s) => s.replace(/[.\s]/g, '').toLowerCase();

function monthIndex(token) {
  const t = bare(token);
  const lists = [THAI_SHORT, THAI_MONTHS, EN_MONTHS];
  for (const list of lists) {
    const i = list.findIndex((m) => bare(m) === t);
    if (i >= 0) return i;
  }
  const en = EN_MONTHS.findIndex((m) => t.length >= 3 && m.toLowerCase().startsWith(t));
  return en;
}

function toCeYear(y, digits) {
  if (digits <= 2) return 2500 + y - 543;
  return y >= 2400 ? y - 543 : y;
}

function parse(text) {
  const s = toArabic(text || '').replace(/พ\.?\s?ศ\.?/g, ' ').trim();
  if (!s) return undefined;
  let m = s.match(/^(\d{4})-(\d{1,2})-(\d{1,2})$/);
  if (m) return valid(toCeYear(+m[1], 4), +m[2] - 1, +m[3]);
  m = s.match(/^(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{2}|\d{4})$/);
  if (m) return valid(toCeYear(+m[3], m[3].length), +m[2] - 1, +m[1]);
  m = s.match(/^(\d{1,2})\s*([^\d\s][^\d]*?)\s*(\d{2}|\d{4})$/);
  if (m) {
    const month = monthIndex(m[2]);
    if (month >= 0) return valid(toCeYear(+m[3], m[3].length), month, +m[1]);
  }
  return undefined;
}

function valid(year, month, day) {
  const d = new Date(year, month, day);
  return d.getFullYear() === year && d.getMonth() === month && d.getDate() === day
    ? { year, month, day } : undefined;
}

window.itaBoard = window.itaBoard || {};
window.itaBoard.buddhistDatePicker = (picker, lang) => {
  const thai = lang !== 'en';
  picker.i18n = {
    ...picker.i18n,
    monthNames: thai ? THAI_MONTHS : EN_MONTHS,
    weekdays: thai ? THAI_WEEKDAYS : picker.i18n.weekdays,
    weekdaysShort: thai ? THAI_WEEKDAYS_SHORT : picker.i18n.weekdaysShort,
    firstDayOfWeek: 0,
    today: thai ? 'วันนี้' : 'Today',
    cancel: thai ? 'ยกเลิก' : 'Cancel',
    formatDate: (d) => `${d.day} ${(thai ? THAI_SHORT : EN_MONTHS.map((n) => n.slice(0, 3)))[d.month]} ${d.year + 543}`,
    formatTitle: (monthName, fullYear) => `${monthName} ${fullYear + 543}`,
    parseDate: parse,
  };
};

// The overlay's year column prints [[year]] through the Polymer template of <vaadin-date-picker-year>, and 24.9.5 has
// no i18n hook for it. `year` itself must stay CE (it marks the current and the selected year), so only the printed
// number becomes BE. Polymer reads `template` when the first year element is created (first opening of an overlay),
// which is after the element is defined and this runs.
customElements.whenDefined('vaadin-date-picker-year').then(() => {
  const YearElement = customElements.get('vaadin-date-picker-year');
  const vaadinTemplate = Object.getOwnPropertyDescriptor(YearElement, 'template').get;
  Object.defineProperty(YearElement, 'template', {
    configurable: true,
    get() {
      const template = vaadinTemplate.call(this);
      template.content.querySelector('[part="year-number"]').textContent = '[[__buddhistYear(year)]]';
      return template;
    },
  });
  YearElement.prototype.__buddhistYear = (year) => Number(year) + 543;
});
