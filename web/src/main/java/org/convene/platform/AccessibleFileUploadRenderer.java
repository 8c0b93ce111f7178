package org.convene.platform;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import org.primefaces.component.fileupload.FileUpload;
import org.primefaces.component.fileupload.FileUploadRenderer;

/**
 * PrimeFaces' uploader with its plain ({@code mode="simple"}) file field left visible to screen
 * readers: PrimeFaces 15 marks that field {@code aria-hidden="true"} although it is the visible,
 * focusable control itself, so a screen reader user tabbed onto a field announced as nothing (axe:
 * aria-hidden-focus). Everything else is PrimeFaces' own rendering.
 */
public class AccessibleFileUploadRenderer extends FileUploadRenderer {

  @Override
  protected void encodeSimpleInputField(
      FacesContext context, FileUpload upload, String clientId, String style, String styleClass)
      throws IOException {
    ResponseWriter writer = context.getResponseWriter();
    context.setResponseWriter(
        new ResponseWriterWrapper(writer) {
          @Override
          public void writeAttribute(String name, Object value, String property)
              throws IOException {
            if (!"aria-hidden".equals(name)) {
              super.writeAttribute(name, value, property);
            }
          }
        });
    try {
      super.encodeSimpleInputField(context, upload, clientId, style, styleClass);
    } finally {
      context.setResponseWriter(writer);
    }
  }
}
