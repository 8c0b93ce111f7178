// Shows an event's time in the visitor's own time zone when it differs from the organiser's.
(function () {
  var el = document.getElementById('event-local-time');
  if (!el || !window.Intl) { return; }
  var visitorZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!visitorZone || visitorZone === el.getAttribute('data-zone')) { return; }
  var start = new Date(el.getAttribute('data-start'));
  var end = new Date(el.getAttribute('data-end'));
  var day = new Intl.DateTimeFormat('en-US', { weekday: 'long', month: 'long', day: 'numeric' });
  var clock = new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit' });
  var zone = new Intl.DateTimeFormat('en-US', { timeZoneName: 'short' }).formatToParts(start)
    .filter(function (p) { return p.type === 'timeZoneName'; }).map(function (p) { return p.value; })[0] || '';
  el.textContent = 'Your time: ' + day.format(start) + ', ' + clock.format(start).toLowerCase() +
    '–' + clock.format(end).toLowerCase() + ' ' + zone;
  el.hidden = false;
}());
