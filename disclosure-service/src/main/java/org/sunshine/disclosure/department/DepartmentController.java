package org.sunshine.disclosure.department;

import reactor.core.publisher.Flux;

import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The bureau's departments; a small bounded list, so it is answered whole. */
@RestController
@RequestMapping("/api/departments")
class DepartmentController {

	private final DepartmentRepository departments;

	DepartmentController(DepartmentRepository departments) {
		this.departments = departments;
	}

	@GetMapping
	Flux<Department> list() {
		return this.departments.findAll(Sort.by("code"));
	}

}
