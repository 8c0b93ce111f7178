package org.convene.platform;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import org.primefaces.component.api.UIColumn;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.datatable.DataTableRenderer;

/**
 * PrimeFaces' data table without {@code role="gridcell"} on its cells: inside a {@code table} (its
 * own {@code role="grid"}) a {@code td} is a grid cell already, and HTML forbids restating it (the
 * Nu HTML Checker's error on every workspace table). Everything else is PrimeFaces' rendering.
 */
public class PlainCellDataTableRenderer extends DataTableRenderer {

  @Override
  protected void encodeCell(
      FacesContext context,
      DataTable table,
      UIColumn column,
      boolean selectionEnabled,
      boolean rowSelected,
      int rowIndex)
      throws IOException {
    ResponseWriter writer = context.getResponseWriter();
    context.setResponseWriter(
        new ResponseWriterWrapper(writer) {
          @Override
          public void writeAttribute(String name, Object value, String property)
              throws IOException {
            if (!("role".equals(name) && "gridcell".equals(value))) {
              super.writeAttribute(name, value, property);
            }
          }
        });
    try {
      super.encodeCell(context, table, column, selectionEnabled, rowSelected, rowIndex);
    } finally {
      context.setResponseWriter(writer);
    }
  }
}
