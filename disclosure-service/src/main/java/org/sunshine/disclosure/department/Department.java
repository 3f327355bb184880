package org.sunshine.disclosure.department;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A department (部门/单位) of the bureau, in a tree under the bureau itself.
 *
 * @param code stable code, e.g. {@code JCJ}
 * @param name name
 * @param parent code of the parent department; null for the bureau
 * @param supervisionPhone the number the public calls to report misconduct
 * @param kind BUREAU, SECTION, OFFICE, …
 */
@Document("departments")
public record Department(@Id String code, String name, String parent, String supervisionPhone, String kind) {
}
