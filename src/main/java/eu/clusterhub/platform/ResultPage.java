package eu.clusterhub.platform;

import java.util.List;

/** One page of a list, with the total across all pages. */
public record ResultPage<T>(long total, List<T> items, int page, int size) {

    public int pageCount() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasNext() {
        return page < pageCount();
    }

    public boolean hasPrevious() {
        return page > 1;
    }
}
