/*
 * The workspace menu is folded on narrow screens (a phone shows the page first, the menu on a
 * tap) and always open on wide ones, where its summary is hidden.
 */
(function () {
  'use strict';
  var menu = document.querySelector('.workspace-nav__menu');
  if (!menu || !window.matchMedia) {
    return;
  }
  var narrow = window.matchMedia('(max-width: 800px)');
  function fit() {
    menu.open = !narrow.matches;
  }
  fit();
  narrow.addEventListener('change', fit);
})();
