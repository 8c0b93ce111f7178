package org.convene.platform;

import jakarta.faces.context.FacesContext;
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
    AttributeDropper.render(
        context,
        (name, value) -> "role".equals(name) && "gridcell".equals(value),
        () -> super.encodeCell(context, table, column, selectionEnabled, rowSelected, rowIndex));
  }
}
