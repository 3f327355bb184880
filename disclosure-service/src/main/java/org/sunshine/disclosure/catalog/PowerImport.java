package org.sunshine.disclosure.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validator;
import jakarta.validation.metadata.ConstraintDescriptor;
import org.sunshine.disclosure.catalog.Csv.NotUtf8Exception;
import org.sunshine.disclosure.catalog.PowerItemContent.CategoryRef;
import org.sunshine.disclosure.catalog.PowerItemContent.DayUnit;
import org.sunshine.disclosure.catalog.PowerItemContent.DepartmentRef;
import org.sunshine.disclosure.catalog.PowerItemContent.LegalBasis;
import org.sunshine.disclosure.catalog.PowerItemContent.ProcessStep;
import org.sunshine.disclosure.catalog.PowerItemContent.RiskAssessment;
import org.sunshine.disclosure.catalog.PowerItemContent.RiskLevel;
import org.sunshine.disclosure.catalog.PowerItemContent.TimeLimit;
import org.sunshine.disclosure.department.Department;
import org.sunshine.disclosure.department.DepartmentRepository;
import org.sunshine.disclosure.review.Actor;
import org.sunshine.disclosure.review.ItemKind;
import org.sunshine.disclosure.review.ItemVersion;
import org.sunshine.disclosure.review.ReviewWorkflow;
import org.sunshine.disclosure.review.ReviewWorkflow.Draft;
import reactor.core.publisher.Mono;

import org.springframework.context.MessageSource;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponseException;

/**
 * Bulk import of power items from a UTF-8 CSV with Chinese headers (as a bureau keeps its catalog in
 * a spreadsheet). Every row is checked first, field by field, against the same rules as a draft from
 * the API plus the catalog's data (category, department, codes in use, codes repeated in the file);
 * a dry run only reports. A real run writes nothing when any row is bad, and otherwise creates every
 * item as a draft in one bulk write, so each still goes through both reviews before it is public.
 *
 * <p>Cells that hold lists separate entries with {@code ；} or {@code ;} and parts with {@code |}:
 * 法律依据 {@code 法律|条款|原文}, 办理流程 {@code 环节|岗位|天数}, 申请材料 one material per entry.
 * Time limits read {@code 20工作日} or {@code 30自然日}; 风险等级 is 高/中/低 or HIGH/MEDIUM/LOW.
 */
@Service
class PowerImport {

	/** The header row, in this order in the template; every column must be present (any order). */
	static final List<String> COLUMNS = List.of("编码", "名称", "类别编码", "子项", "法律依据", "办理流程", "受理条件", "申请材料",
			"法定时限", "承诺时限", "收费", "收费依据", "责任部门编码", "责任岗位", "监督电话", "风险等级", "风险描述", "防控措施", "监督责任人");

	/** The column a draft field comes from, for reporting. */
	private static final Map<String, String> COLUMN_OF = Map.ofEntries(Map.entry("code", "编码"),
			Map.entry("name", "名称"), Map.entry("category", "类别编码"), Map.entry("subItem", "子项"),
			Map.entry("legalBasis", "法律依据"), Map.entry("steps", "办理流程"), Map.entry("conditions", "受理条件"),
			Map.entry("materials", "申请材料"), Map.entry("statutoryLimit", "法定时限"),
			Map.entry("committedLimit", "承诺时限"), Map.entry("fees", "收费"), Map.entry("feeBasis", "收费依据"),
			Map.entry("department", "责任部门编码"), Map.entry("responsiblePost", "责任岗位"),
			Map.entry("supervisionPhone", "监督电话"), Map.entry("risk.level", "风险等级"),
			Map.entry("risk.description", "风险描述"), Map.entry("risk.controls", "防控措施"),
			Map.entry("risk.watchedBy", "监督责任人"));

	private static final Pattern LIMIT = Pattern.compile("(\\d{1,4})\\s*个?\\s*(工作日|自然日)");

	private static final Pattern ENTRIES = Pattern.compile("[；;\\n]");

	private static final int MAX_ROWS = 20_000;

	private final ReviewWorkflow workflow;

	private final PowerCategoryRepository categories;

	private final DepartmentRepository departments;

	private final PowerPublicState publicState;

	private final ReactiveMongoTemplate mongo;

	private final Validator validator;

	private final MessageInterpolator interpolator;

	private final MessageSource messages;

	PowerImport(ReviewWorkflow workflow, PowerCategoryRepository categories, DepartmentRepository departments,
			PowerPublicState publicState, ReactiveMongoTemplate mongo, jakarta.validation.ValidatorFactory validation,
			MessageSource messages) {
		this.workflow = workflow;
		this.categories = categories;
		this.departments = departments;
		this.publicState = publicState;
		this.mongo = mongo;
		this.validator = validation.getValidator();
		this.interpolator = validation.getMessageInterpolator();
		this.messages = messages;
	}

	/** Checks every row; unless {@code dryRun}, imports all of them as drafts or (422) none. */
	Mono<ImportReport> run(byte[] file, boolean dryRun, Actor actor, Locale locale) {
		return Mono.defer(() -> {
			List<Csv.Record> records = records(file);
			Csv.Record header = records.getFirst();
			Map<String, Integer> index = columns(header);
			List<Csv.Record> rows = records.subList(1, records.size());
			if (rows.size() > MAX_ROWS) {
				throw new ImportRejectedException("problem.import-too-many-rows", HttpStatus.CONTENT_TOO_LARGE, null,
						rows.size(), MAX_ROWS);
			}
			return Mono
				.zip(this.categories.findAll().collectMap(PowerCategory::code),
						this.departments.findAll().collectMap(Department::code), codesInUse(rows, index))
				.map((known) -> check(rows, index, known.getT1(), known.getT2(), known.getT3(), locale))
				.flatMap((checked) -> {
					if (dryRun) {
						return Mono.just(checked.report(true, 0));
					}
					if (!checked.errors().isEmpty()) {
						return Mono.error(new ImportRejectedException("problem.import-rejected",
								HttpStatus.UNPROCESSABLE_CONTENT, checked.errors(), checked.badRows(), rows.size()));
					}
					List<ReviewWorkflow.NewItem> items = checked.valid()
						.stream()
						.map((content) -> new ReviewWorkflow.NewItem(content.code(),
								new Draft(this.publicState.document(content), content.name(), null, null)))
						.toList();
					return this.workflow.importDrafts(ItemKind.POWER, items, actor)
						.map((count) -> checked.report(false, count));
				});
		});
	}

	private static List<Csv.Record> records(byte[] file) {
		String text;
		try {
			text = Csv.decodeUtf8(file);
		}
		catch (NotUtf8Exception ex) {
			throw new ImportRejectedException("problem.csv-not-utf8", HttpStatus.BAD_REQUEST, null, ex.offset());
		}
		List<Csv.Record> records = Csv.parse(text);
		if (records.isEmpty()) {
			throw new ImportRejectedException("problem.csv-header", HttpStatus.BAD_REQUEST, null,
					String.join("、", COLUMNS));
		}
		return records;
	}

	private static Map<String, Integer> columns(Csv.Record header) {
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < header.fields().size(); i++) {
			index.putIfAbsent(header.field(i), i);
		}
		List<String> missing = COLUMNS.stream().filter((column) -> !index.containsKey(column)).toList();
		if (!missing.isEmpty()) {
			throw new ImportRejectedException("problem.csv-header", HttpStatus.BAD_REQUEST, null,
					String.join("、", missing));
		}
		return index;
	}

	/** Codes of the file already used by a published item or any version. */
	private Mono<Set<String>> codesInUse(List<Csv.Record> rows, Map<String, Integer> index) {
		List<String> codes = rows.stream().map((row) -> row.field(index.get("编码"))).distinct().toList();
		Mono<Set<String>> published = this.mongo
			.find(Query.query(Criteria.where("_id").in(codes)), PowerItem.class)
			.map(PowerItem::code)
			.collect(HashSet::new, Set::add);
		Mono<Set<String>> versioned = this.mongo
			.find(Query.query(Criteria.where("kind").is(ItemKind.POWER).and("itemId").in(codes)), ItemVersion.class)
			.map(ItemVersion::itemId)
			.collect(HashSet::new, Set::add);
		return published.zipWith(versioned, (a, b) -> {
			a.addAll(b);
			return a;
		});
	}

	private Checked check(List<Csv.Record> rows, Map<String, Integer> index, Map<String, PowerCategory> categories,
			Map<String, Department> departments, Set<String> inUse, Locale locale) {
		List<RowError> errors = new ArrayList<>();
		List<PowerItemContent> valid = new ArrayList<>();
		Map<String, Integer> firstLineOf = new HashMap<>();
		Set<Integer> badLines = new HashSet<>();
		for (Csv.Record row : rows) {
			List<RowError> rowErrors = new ArrayList<>();
			DraftPowerItemRequest request = toRequest(row, index, rowErrors, locale);
			// A cell that could not be read is reported once, not again as missing.
			Set<String> unreadable = new HashSet<>();
			rowErrors.forEach((error) -> unreadable.add(error.field()));
			for (ConstraintViolation<DraftPowerItemRequest> violation : this.validator.validate(request)) {
				String path = violation.getPropertyPath().toString();
				if (unreadable.contains(path)) {
					continue;
				}
				rowErrors.add(new RowError(row.line(), columnOf(path), path,
						this.interpolator.interpolate(violation.getMessageTemplate(), new Context(violation), locale)));
			}
			String code = request.code();
			if (code != null && !code.isBlank()) {
				Integer first = firstLineOf.putIfAbsent(code, row.line());
				if (first != null) {
					rowErrors.add(error(row, "code", locale, "import.duplicate-in-file", code, first));
				}
				else if (inUse.contains(code)) {
					rowErrors.add(error(row, "code", locale, "problem.duplicate-power-code", code));
				}
			}
			PowerCategory category = (request.category() != null) ? categories.get(request.category().code()) : null;
			if (request.category() != null && !request.category().code().isBlank()) {
				if (category == null) {
					rowErrors.add(error(row, "category.code", locale, "problem.unknown-power-category",
							request.category().code()));
				}
				else if (code != null && !code.startsWith(category.code() + "-")) {
					rowErrors.add(error(row, "code", locale, "problem.code-category-mismatch", code, category.code()));
				}
			}
			Department department = (request.department() != null) ? departments.get(request.department().code())
					: null;
			if (request.department() != null && !request.department().code().isBlank() && department == null) {
				rowErrors.add(error(row, "department.code", locale, "problem.unknown-department",
						request.department().code()));
			}
			if (rowErrors.isEmpty()) {
				PowerItemContent content = request.content();
				valid.add(new PowerItemContent(content.code(), content.name(),
						new CategoryRef(category.code(), category.name()), content.subItem(), content.legalBasis(),
						content.steps(), content.conditions(), content.materials(), content.statutoryLimit(),
						content.committedLimit(), content.fees(), content.feeBasis(),
						new DepartmentRef(department.code(), department.name()), content.responsiblePost(),
						content.supervisionPhone(), content.risk()));
			}
			else {
				badLines.add(row.line());
				errors.addAll(rowErrors);
			}
		}
		return new Checked(rows.size(), valid, errors, badLines.size());
	}

	private DraftPowerItemRequest toRequest(Csv.Record row, Map<String, Integer> index, List<RowError> errors,
			Locale locale) {
		String riskText = cell(row, index, "风险等级");
		RiskLevel level = switch (riskText.toUpperCase(Locale.ROOT)) {
			case "高", "HIGH" -> RiskLevel.HIGH;
			case "中", "MEDIUM" -> RiskLevel.MEDIUM;
			case "低", "LOW" -> RiskLevel.LOW;
			case "" -> null;
			default -> {
				errors.add(error(row, "risk.level", locale, "import.risk-level", riskText));
				yield null;
			}
		};
		return new DraftPowerItemRequest(cell(row, index, "编码"), cell(row, index, "名称"),
				new CategoryRef(cell(row, index, "类别编码"), null), blankToNull(cell(row, index, "子项")),
				legalBasis(row, index), steps(row, index, errors, locale),
				blankToNull(cell(row, index, "受理条件")), entries(cell(row, index, "申请材料")),
				limit(row, index, "法定时限", "statutoryLimit", errors, locale),
				limit(row, index, "承诺时限", "committedLimit", errors, locale), cell(row, index, "收费"),
				blankToNull(cell(row, index, "收费依据")), new DepartmentRef(cell(row, index, "责任部门编码"), null),
				cell(row, index, "责任岗位"), cell(row, index, "监督电话"),
				new RiskAssessment(level, cell(row, index, "风险描述"), blankToNull(cell(row, index, "防控措施")),
						blankToNull(cell(row, index, "监督责任人"))),
				null);
	}

	private static List<LegalBasis> legalBasis(Csv.Record row, Map<String, Integer> index) {
		List<LegalBasis> bases = new ArrayList<>();
		for (String entry : entries(cell(row, index, "法律依据"))) {
			String[] parts = entry.split("\\|", -1);
			bases.add(new LegalBasis(parts[0].strip(), (parts.length > 1) ? blankToNull(parts[1].strip()) : null,
					(parts.length > 2) ? blankToNull(parts[2].strip()) : null));
		}
		return bases;
	}

	private List<ProcessStep> steps(Csv.Record row, Map<String, Integer> index, List<RowError> errors,
			Locale locale) {
		List<ProcessStep> steps = new ArrayList<>();
		List<String> entries = entries(cell(row, index, "办理流程"));
		for (int i = 0; i < entries.size(); i++) {
			String[] parts = entries.get(i).split("\\|", -1);
			Integer days = null;
			if (parts.length > 2 && !parts[2].isBlank()) {
				try {
					days = Integer.valueOf(parts[2].strip());
				}
				catch (NumberFormatException ex) {
					errors.add(error(row, "steps[" + i + "].timeLimitDays", locale, "import.step-days", parts[2]));
				}
			}
			steps.add(new ProcessStep(i + 1, parts[0].strip(), (parts.length > 1) ? blankToNull(parts[1].strip()) : null,
					days));
		}
		return steps;
	}

	private TimeLimit limit(Csv.Record row, Map<String, Integer> index, String column, String field,
			List<RowError> errors, Locale locale) {
		String text = cell(row, index, column);
		if (text.isEmpty()) {
			return null;
		}
		Matcher matcher = LIMIT.matcher(text);
		if (!matcher.matches()) {
			errors.add(error(row, field, locale, "import.time-limit", text));
			return null;
		}
		return new TimeLimit(Integer.parseInt(matcher.group(1)),
				matcher.group(2).equals("工作日") ? DayUnit.WORKING : DayUnit.CALENDAR);
	}

	private RowError error(Csv.Record row, String field, Locale locale, String code, Object... args) {
		return new RowError(row.line(), columnOf(field), field, this.messages.getMessage(code, args, code, locale));
	}

	private static String columnOf(String path) {
		String bare = path.replaceAll("\\[\\d+]", "");
		for (String candidate = bare; !candidate.isEmpty();
				candidate = candidate.contains(".") ? candidate.substring(0, candidate.lastIndexOf('.')) : "") {
			String column = COLUMN_OF.get(candidate);
			if (column != null) {
				return column;
			}
		}
		return path;
	}

	private static String cell(Csv.Record row, Map<String, Integer> index, String column) {
		return row.field(index.get(column));
	}

	private static List<String> entries(String cell) {
		List<String> entries = new ArrayList<>();
		for (String entry : ENTRIES.split(cell)) {
			if (!entry.isBlank()) {
				entries.add(entry.strip());
			}
		}
		return entries;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text;
	}

	private record Checked(int rows, List<PowerItemContent> valid, List<RowError> errors, int badRows) {

		ImportReport report(boolean dryRun, long imported) {
			return new ImportReport(dryRun, this.rows, this.valid.size(), this.badRows, imported, this.errors);
		}

	}

	/**
	 * What an import found and did.
	 * @param dryRun true when nothing was written by design
	 * @param rows data rows in the file (the header not counted)
	 * @param validRows rows without any error
	 * @param invalidRows rows with at least one error
	 * @param imported drafts created (0 for a dry run)
	 * @param errors every error, row by row and field by field
	 */
	record ImportReport(boolean dryRun, int rows, int validRows, int invalidRows, long imported,
			List<RowError> errors) {
	}

	/**
	 * One bad field of one row.
	 * @param line the line of the file the row starts on (the header is line 1)
	 * @param column the CSV column, as in the header
	 * @param field the draft field (same names as the API's)
	 * @param message why, in the reader's language
	 */
	record RowError(int line, String column, String field, String message) {
	}

	/** A rejected file: 400 for an unreadable one, 413 for too many rows, 422 with every row error. */
	static class ImportRejectedException extends ErrorResponseException {

		ImportRejectedException(String code, HttpStatus status, List<RowError> errors, Object... args) {
			super(status, body(status, errors), null, code, args);
		}

		private static ProblemDetail body(HttpStatus status, List<RowError> errors) {
			ProblemDetail problem = ProblemDetail.forStatus(status);
			if (errors != null) {
				List<Map<String, Object>> entries = new ArrayList<>();
				for (RowError error : errors) {
					Map<String, Object> entry = new LinkedHashMap<>();
					entry.put("line", error.line());
					entry.put("column", error.column());
					entry.put("field", error.field());
					entry.put("message", error.message());
					entries.add(entry);
				}
				problem.setProperty("errors", entries);
			}
			return problem;
		}

	}

	/** Bean Validation's interpolation context, to interpolate a template again in the reader's locale. */
	private record Context(ConstraintViolation<?> violation) implements MessageInterpolator.Context {

		@Override
		public ConstraintDescriptor<?> getConstraintDescriptor() {
			return this.violation.getConstraintDescriptor();
		}

		@Override
		public Object getValidatedValue() {
			return this.violation.getInvalidValue();
		}

		@Override
		public <T> T unwrap(Class<T> type) {
			throw new UnsupportedOperationException();
		}

	}

}
