/*
 * The advanced uploader's file field sits after its "Choose a file" button, not inside it
 * (AccessibleFileUploadRenderer): the button opens the field that follows it.
 */
(function () {
  var upload = window.PrimeFaces && PrimeFaces.widget && PrimeFaces.widget.FileUpload;
  if (upload) {
    upload.prototype.show = function () {
      this.chooseButton.next('input[type=file]').trigger('click');
    };
  }
})();
