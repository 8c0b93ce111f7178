// Live preview of brand colours on /manage/branding: each colour input names the CSS custom
// property it drives (data-preview); the preview re-paints as the editor picks.
(function () {
  var preview = document.getElementById('brand-preview');
  if (!preview) {
    return;
  }
  document.querySelectorAll('input[data-preview]').forEach(function (input) {
    input.addEventListener('input', function () {
      preview.style.setProperty(input.getAttribute('data-preview'), input.value);
    });
  });
})();
