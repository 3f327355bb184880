package org.sunshine.disclosure.catalog;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What the bureau discloses about one enforcement power (权力事项), as one version of it.
 *
 * @param code stable code, category code plus number (e.g. {@code XZCF-0012})
 * @param name the power's name
 * @param category the category (行政许可, 行政处罚, …)
 * @param subItem the bureau's own sub-item within the category
 * @param legalBasis laws and articles the power rests on (法律依据)
 * @param steps the process flow (办理流程), in order
 * @param conditions conditions for the matter
 * @param materials materials the applicant brings
 * @param statutoryLimit time limit set by law (法定时限)
 * @param committedLimit time limit the bureau commits to (承诺时限)
 * @param fees fees, usually 不收费
 * @param feeBasis legal basis of the fees, when any
 * @param department responsible department
 * @param responsiblePost responsible post
 * @param supervisionPhone number the public calls to report misuse (监督电话)
 * @param risk integrity-risk assessment (廉政风险)
 */
public record PowerItemContent(String code, String name, CategoryRef category, String subItem,
		List<LegalBasis> legalBasis, List<ProcessStep> steps, String conditions, List<String> materials,
		TimeLimit statutoryLimit, TimeLimit committedLimit, String fees, String feeBasis, DepartmentRef department,
		String responsiblePost, String supervisionPhone, RiskAssessment risk) {

	/** The category; drafts may leave the name out, the catalog's own name is used. */
	public record CategoryRef(@NotBlank @Size(max = 8) String code, @Size(max = 50) String name) {
	}

	/** The department; drafts may leave the name out, the department tree's name is used. */
	public record DepartmentRef(@NotBlank @Size(max = 20) String code, @Size(max = 100) String name) {
	}

	public record LegalBasis(@NotBlank @Size(max = 200) String law, @Size(max = 100) String article,
			@Size(max = 5000) String text) {
	}

	public record ProcessStep(@Min(1) @Max(100) int order, @NotBlank @Size(max = 100) String name,
			@Size(max = 100) String post, @Min(0) @Max(365) Integer timeLimitDays) {
	}

	/** A limit in days, counted in working or calendar days. */
	public record TimeLimit(@Min(0) @Max(3650) int days, @NotNull DayUnit unit) {
	}

	public enum DayUnit {

		WORKING, CALENDAR

	}

	/**
	 * @param level HIGH (red), MEDIUM (yellow) or LOW (orange)
	 * @param description what could go wrong
	 * @param controls how it is prevented
	 * @param watchedBy who watches it
	 */
	public record RiskAssessment(@NotNull RiskLevel level, @NotBlank @Size(max = 2000) String description,
			@NotBlank @Size(max = 2000) String controls, @Size(max = 200) String watchedBy) {
	}

	/** Integrity-risk level; the colours are how the documents show them. */
	public enum RiskLevel {

		/** Red: grave, watched by the head and discipline inspection. */
		HIGH,
		/** Yellow: watched by the deputy head. */
		MEDIUM,
		/** Orange: watched by the section head. */
		LOW

	}

}
