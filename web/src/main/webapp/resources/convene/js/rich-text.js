/*
 * Names each rich-text editor's editable area after its field label (and hint), so screen
 * readers announce "Text of a post or press release, edit text, multi-line" rather than nothing:
 * a <label> cannot point at the editor's div. PrimeFaces builds the editor when it is ready, so
 * this watches for the editable area to appear.
 */
(function () {
  'use strict';
  function name(editor) {
    var area = editor.querySelector('.ql-editor');
    var label = editor.getAttribute('data-label');
    if (!area || !label) {
      return false;
    }
    // the text area is the textbox, not the box around it with the toolbar's buttons
    editor.removeAttribute('role');
    area.setAttribute('role', 'textbox');
    area.setAttribute('aria-multiline', 'true');
    area.setAttribute('aria-labelledby', label);
    var hint = document.getElementById(label.replace(/-label$/, '-hint'));
    if (hint) {
      area.setAttribute('aria-describedby', hint.id);
    }
    return true;
  }
  function start() {
    document.querySelectorAll('.rich-editor').forEach(function (editor) {
      if (name(editor)) {
        return;
      }
      var watch = new MutationObserver(function () {
        if (name(editor)) {
          watch.disconnect();
        }
      });
      watch.observe(editor, { childList: true, subtree: true });
    });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
