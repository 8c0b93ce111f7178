// Shows an event's time in the visitor's own time zone when it differs from the organiser's,
// in the page's language, with the zone's full name ("Central European Standard Time", not
// "GMT+1").
(function () {
  var el = document.getElementById('event-local-time');
  if (!el || !window.Intl) { return; }
  var visitorZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!visitorZone || visitorZone === el.getAttribute('data-zone')) { return; }
  var lang = document.documentElement.lang || 'en';
  var start = new Date(el.getAttribute('data-start'));
  var end = new Date(el.getAttribute('data-end'));
  var day = new Intl.DateTimeFormat(lang, { weekday: 'long', month: 'long', day: 'numeric' });
  var clock = new Intl.DateTimeFormat(lang, { hour: 'numeric', minute: '2-digit' });
  var zone = new Intl.DateTimeFormat(lang, { timeZoneName: 'long' }).formatToParts(start)
    .filter(function (p) { return p.type === 'timeZoneName'; }).map(function (p) { return p.value; })[0] || visitorZone;
  el.textContent = (el.getAttribute('data-label') || 'Your time') + ': ' + day.format(start) + ', ' +
    clock.format(start) + '–' + clock.format(end) + ' (' + zone + ')';
  el.hidden = false;
}());
