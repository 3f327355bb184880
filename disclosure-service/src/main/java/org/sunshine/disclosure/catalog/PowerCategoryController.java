package org.sunshine.disclosure.catalog;

import reactor.core.publisher.Flux;

import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The catalog's categories and sub-items; a small bounded list, so it is answered whole. */
@RestController
@RequestMapping("/api/power-categories")
class PowerCategoryController {

	private final PowerCategoryRepository categories;

	PowerCategoryController(PowerCategoryRepository categories) {
		this.categories = categories;
	}

	@GetMapping
	Flux<PowerCategory> list() {
		return this.categories.findAll(Sort.by("order"));
	}

}
