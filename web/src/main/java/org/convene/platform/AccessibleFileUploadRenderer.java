package org.convene.platform;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import java.io.StringWriter;
import org.primefaces.component.fileupload.FileUpload;
import org.primefaces.component.fileupload.FileUploadRenderer;

/**
 * PrimeFaces' uploader with its plain ({@code mode="simple"}) file field left visible to screen
 * readers: PrimeFaces 15 marks that field {@code aria-hidden="true"} although it is the visible,
 * focusable control itself, so a screen reader user tabbed onto a field announced as nothing (axe:
 * aria-hidden-focus). The uploader's "Choose a file" control (a focusable {@code span} labelled by
 * its text, the real file field hidden behind it) is given the button role it acts as: a plain span
 * may not carry {@code aria-labelledby} (the Nu HTML Checker's error), and a screen reader should
 * announce a button. Everything else is PrimeFaces' own rendering.
 */
public class AccessibleFileUploadRenderer extends FileUploadRenderer {

  @Override
  protected void encodeChooseButton(FacesContext context, FileUpload upload, boolean disabled)
      throws IOException {
    ResponseWriter writer = context.getResponseWriter();
    StringWriter field = new StringWriter();
    ResponseWriter aside = writer.cloneWithWriter(field);
    context.setResponseWriter(
        new ResponseWriterWrapper(writer) {
          private boolean named;
          private boolean inField;

          @Override
          public ResponseWriter getWrapped() {
            return inField ? aside : super.getWrapped();
          }

          @Override
          public void startElement(String name, UIComponent component) throws IOException {
            if ("input".equals(name)) {
              inField = true;
            }
            super.startElement(name, component);
          }

          @Override
          public void endElement(String name) throws IOException {
            super.endElement(name);
            if ("input".equals(name)) {
              aside.flush();
              inField = false;
            }
          }

          @Override
          public void writeAttribute(String name, Object value, String property)
              throws IOException {
            if (!inField && !named && "aria-labelledby".equals(name)) {
              named = true;
              super.writeAttribute("role", "button", null);
            }
            super.writeAttribute(name, value, property);
          }
        });
    try {
      super.encodeChooseButton(context, upload, disabled);
    } finally {
      context.setResponseWriter(writer);
    }
    // the file field follows the button instead of sitting inside it (file-upload.js opens it)
    writer.write(field.toString());
  }

  @Override
  protected void encodeSimpleInputField(
      FacesContext context, FileUpload upload, String clientId, String style, String styleClass)
      throws IOException {
    AttributeDropper.render(
        context,
        (name, value) -> "aria-hidden".equals(name),
        () -> super.encodeSimpleInputField(context, upload, clientId, style, styleClass));
  }
}
