// Shows an event's time in the visitor's own time zone wherever the page shows times (an event
// page, each row of an event list, a series' sessions, the month grid), when that zone differs
// from the organiser's: in the page's language, with the zone's full name ("Central European
// Standard Time", not "GMT+1"). Each place is an element with data-local-time and data-start,
// data-end, data-zone and data-label; data-local-time="short" gives the compact form lists use,
// "clock" the grid's (day and time; the zone is named once, in the [data-local-zone] element).
(function () {
  if (!window.Intl) { return; }
  var visitorZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!visitorZone) { return; }
  var lang = document.documentElement.lang || 'en';
  var long = new Intl.DateTimeFormat(lang, { weekday: 'long', month: 'long', day: 'numeric' });
  var short = new Intl.DateTimeFormat(lang, { weekday: 'short', month: 'short', day: 'numeric' });
  var clock = new Intl.DateTimeFormat(lang, { hour: 'numeric', minute: '2-digit' });
  var zoneName = new Intl.DateTimeFormat(lang, { timeZoneName: 'long' });
  var named = null;
  var places = document.querySelectorAll('[data-local-time]');
  for (var i = 0; i < places.length; i++) {
    var el = places[i];
    if (visitorZone === el.getAttribute('data-zone')) { continue; }
    var start = new Date(el.getAttribute('data-start'));
    var end = new Date(el.getAttribute('data-end'));
    if (isNaN(start) || isNaN(end)) { continue; }
    var zone = zoneName.formatToParts(start)
      .filter(function (p) { return p.type === 'timeZoneName'; })
      .map(function (p) { return p.value; })[0] || visitorZone;
    var mode = el.getAttribute('data-local-time');
    var label = el.getAttribute('data-label') || 'Your time';
    if (mode === 'clock') {
      el.textContent = label + ': ' + short.format(start) + ', ' + clock.format(start);
      named = named || zone;
    } else {
      el.textContent = label + ': ' + (mode === 'short' ? short : long).format(start) + ', ' +
        clock.format(start) + '–' + clock.format(end) + ' (' + zone + ')';
    }
    el.hidden = false;
  }
  var note = document.querySelector('[data-local-zone]');
  if (note && named) {
    note.textContent = (note.getAttribute('data-label') || 'Your time:') + ' ' + named + '.';
    note.hidden = false;
  }
}());
