package org.sunshine.defaults.web;

import java.util.List;

/**
 * One page of a list, the same shape in every service: lists are always paged.
 *
 * @param items the items of this page
 * @param page zero-based page number
 * @param size requested page size
 * @param total number of items over all pages
 */
public record PageView<T>(List<T> items, int page, int size, long total) {

	public PageView {
		items = List.copyOf(items);
	}

}
