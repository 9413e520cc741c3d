package vn.bentre.ocop.view;

import java.io.Serial;
import org.primefaces.model.LazyDataModel;

/**
 * A lazy PrimeFaces table model whose rows are identified by a numeric id: selection and row actions find the row
 * again by that key in the page that was loaded. Subclasses say how to count and load a page, and what a row's id is.
 */
public abstract class KeyedLazyModel<T> extends LazyDataModel<T> {

    @Serial
    private static final long serialVersionUID = 1L;

    protected abstract long keyOf(T row);

    @Override
    public String getRowKey(T row) {
        return Long.toString(keyOf(row));
    }

    @Override
    public T getRowData(String rowKey) {
        return getWrappedData() == null
                ? null
                : getWrappedData().stream()
                        .filter(row -> getRowKey(row).equals(rowKey))
                        .findFirst()
                        .orElse(null);
    }
}
